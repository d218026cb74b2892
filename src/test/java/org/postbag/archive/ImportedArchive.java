package org.postbag.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.postbag.letter.LetterStatus;

/** What an import left in the database, read the way the tests check it. */
@ApplicationScoped
public class ImportedArchive {

    /** A piece as imported: what it prints, where, and what it answers. */
    public record Imported(
            String reference,
            String kind,
            String title,
            String signOff,
            Integer issue,
            Integer position,
            boolean published,
            LetterStatus letterStatus,
            List<String> answers,
            String body) {}

    @PersistenceContext
    private EntityManager em;

    @Transactional
    public Optional<Imported> bySourceKey(String key) {
        return em.createQuery(
                        "select k from ImportKey k join fetch k.piece" + " where k.sourceKey = :key", ImportKey.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .map(k -> {
                    var piece = k.piece();
                    List<String> answers = piece.letter() == null
                            ? List.of()
                            : em.createQuery(
                                            "select r.piece.reference from ReplyLink r where r.letter = :letter"
                                                    + " and r.status = org.postbag.linking.ReplyLinkStatus.CONFIRMED",
                                            String.class)
                                    .setParameter("letter", piece.letter())
                                    .getResultList();
                    return new Imported(
                            piece.reference(),
                            piece.kind().name(),
                            piece.title(),
                            piece.signOff(),
                            piece.issue() == null ? null : piece.issue().number(),
                            piece.pagePosition(),
                            piece.isPublished(),
                            piece.letter() == null ? null : piece.letter().status(),
                            answers,
                            piece.body());
                });
    }

    /**
     * A job as a server leaves it while it runs: RUNNING, with a heartbeat that keeps every
     * other server away (here, an hour ahead).
     */
    @Transactional
    public long runningElsewhere(String fileName, byte[] file, int steps) {
        ImportJob job = new ImportJob(
                fileName,
                file,
                org.postbag.archive.wxr.ImportPlan.Options.defaults(),
                steps,
                "",
                "Test admin",
                Instant.now());
        job.beat(Instant.now().plus(Duration.ofHours(1)));
        em.persist(job);
        return job.id();
    }

    /** The server running the job stopped an hour ago. */
    @Transactional
    public void serverStopped(long jobId) {
        em.find(ImportJob.class, jobId).beat(Instant.now().minus(Duration.ofHours(1)));
    }

    @Transactional
    public long keysStartingWith(String prefix) {
        return em.createQuery("select count(k) from ImportKey k where k.sourceKey like :prefix", Long.class)
                .setParameter("prefix", prefix + "%")
                .getSingleResult();
    }

    @Transactional
    public String url(String key) {
        return em.createQuery("select k.piece.url from ImportKey k where k.sourceKey = :key", String.class)
                .setParameter("key", key)
                .getSingleResult();
    }

    /** Rows of the tables an import writes, to show that a second import adds none. */
    @Transactional
    public List<Long> counts() {
        return List.of(
                count("select count(p) from Piece p"),
                count("select count(l) from Letter l"),
                count("select count(r) from ReplyLink r"),
                count("select count(i) from Issue i"),
                count("select count(k) from ImportKey k"));
    }

    private long count(String query) {
        return em.createQuery(query, Long.class).getSingleResult();
    }
}
