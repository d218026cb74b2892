package org.postbag.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys the application makes for itself, kept in the database so that every server of a
 * cluster signs and checks with the same one. The first server to need a key creates it.
 */
@ApplicationScoped
public class Secrets {

    @Inject
    private Store store;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public byte[] key(String name) {
        return cache.computeIfAbsent(name, store::loadOrCreate);
    }

    /** The table behind the cache, in a transaction of its own. */
    @ApplicationScoped
    static class Store {

        @PersistenceContext
        private EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        byte[] loadOrCreate(String name) {
            em.createNativeQuery("INSERT INTO app_secret (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING")
                    .setParameter(1, name)
                    .setParameter(2, Hashing.randomBytes(32))
                    .executeUpdate();
            return (byte[]) em.createNativeQuery("SELECT value FROM app_secret WHERE name = ?1")
                    .setParameter(1, name)
                    .getSingleResult();
        }
    }
}
