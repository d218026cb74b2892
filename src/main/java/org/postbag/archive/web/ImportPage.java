package org.postbag.archive.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.postbag.accounts.CurrentAccount;
import org.postbag.archive.ArchiveImport;
import org.postbag.archive.FeedSync;
import org.postbag.archive.ImportFolder;
import org.postbag.archive.ImportJob;
import org.postbag.archive.StagedUploads;
import org.postbag.archive.wxr.ImportPlan;
import org.postbag.archive.wxr.ImportProblem;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;

/**
 * /admin/import: an admin uploads a WordPress export, chooses where each post's issue comes
 * from, reads the preview (what would be imported, and what would not), and starts the import;
 * below, every import with its progress, its estimate and its report.
 */
@Named("archiveImport")
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ArchiveImport archiveImport;

    @Inject
    private transient CurrentAccount me;

    @Inject
    private transient Clock clock;

    @Inject
    private transient FeedSync feedSync;

    @Inject
    private transient StagedUploads stagedUploads;

    private transient Part file;
    private byte[] uploaded;
    /** A file in the import folder, kept by name: a large export is not held in the session. */
    private String serverFile;
    /** An export sent in parts, kept on the server by StagedUploads until it is imported. */
    private String stagedUpload;

    private String fileName;
    private ImportPlan.IssueSource issueSource = ImportPlan.IssueSource.CATEGORY;
    private String customField = "issue";
    private boolean readerComments;
    private transient ImportPlan preview;

    /** Reads the file and shows what it would become; nothing is written. */
    public void look() {
        FacesContext faces = FacesContext.getCurrentInstance();
        // A file too large for the form, sent in parts by the page's script beforehand.
        String parts = faces.getExternalContext().getRequestParameterMap().get("stagedUpload");
        if (parts != null && !parts.isEmpty()) {
            Optional<String> name = stagedUploads.complete(owner(faces), parts);
            if (name.isEmpty()) {
                problem(faces, "file", Words.of(faces, "admin.import.refused.partial"));
                return;
            }
            forget();
            stagedUpload = parts;
            fileName = name.get();
        } else if (file != null && file.getSize() > 0) {
            if (file.getSize() > archiveImport.maxBytes()) {
                problem(
                        faces,
                        "file",
                        Words.of(faces, "admin.import.refused.tooLarge", archiveImport.maxBytes() >> 20));
                return;
            }
            try (InputStream in = file.getInputStream()) {
                forget();
                uploaded = in.readNBytes((int) Math.min(archiveImport.maxBytes() + 1, Integer.MAX_VALUE - 8));
                fileName = file.getSubmittedFileName();
            } catch (IOException failure) {
                problem(faces, "file", Words.of(faces, "admin.import.refused.unreadable"));
                return;
            }
        }
        if (!chosen()) {
            problem(faces, "file", Words.of(faces, "admin.import.refused.noFile"));
            return;
        }
        showPreview(faces);
    }

    /** The same for a file the admin copied into the import folder on the server. */
    public void lookInFolder() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String chosen = faces.getExternalContext().getRequestParameterMap().get("serverFile");
        if (chosen == null || chosen.isEmpty()) {
            problem(faces, "serverFile", Words.of(faces, "admin.import.refused.noServerFile"));
            return;
        }
        forget();
        serverFile = chosen;
        fileName = chosen;
        showPreview(faces);
    }

    private void showPreview(FacesContext faces) {
        if (issueSource == ImportPlan.IssueSource.CUSTOM_FIELD && (customField == null || customField.isBlank())) {
            problem(faces, "customField", Words.of(faces, "admin.import.refused.customField"));
            return;
        }
        try {
            preview = previewOfChosen(faces);
        } catch (ImportProblem problem) {
            problem(faces, field(), problem.getMessage());
            forget();
        }
    }

    /** Starts the import of the file previewed, with the options previewed. */
    public void start() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!chosen()) {
            problem(faces, "file", Words.of(faces, "admin.import.refused.previewFirst"));
            return;
        }
        try {
            ImportJob job = serverFile != null
                    ? archiveImport.startFromFolder(serverFile, options(), me.getName())
                    : stagedUpload != null
                            ? archiveImport.startStaged(owner(faces), stagedUpload, options(), me.getName())
                            : archiveImport.start(fileName, uploaded, options(), me.getName());
            stagedUpload = null;
            redirect(faces, Words.of(faces, "admin.import.done.started", job.fileName(), job.totalSteps()));
        } catch (ImportProblem problem) {
            problem(faces, field(), problem.getMessage());
            forget();
        }
    }

    private boolean chosen() {
        return uploaded != null || serverFile != null || stagedUpload != null;
    }

    private ImportPlan previewOfChosen(FacesContext faces) throws ImportProblem {
        return serverFile != null
                ? archiveImport.previewFromFolder(serverFile, options())
                : stagedUpload != null
                        ? archiveImport.previewStaged(owner(faces), stagedUpload, options())
                        : archiveImport.preview(fileName, uploaded, options());
    }

    private String field() {
        return serverFile != null ? "serverFile" : "file";
    }

    private static String owner(FacesContext faces) {
        return faces.getExternalContext().getUserPrincipal().getName();
    }

    private void forget() {
        if (stagedUpload != null) {
            stagedUploads.forget(stagedUpload);
        }
        uploaded = null;
        serverFile = null;
        stagedUpload = null;
        fileName = null;
        preview = null;
    }

    /** For the page's script, which sends a file too large for the form in parts. */
    public String getPartsToken() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return ImportPartsResource.tokenFor((jakarta.servlet.http.HttpSession) external.getSession(true));
    }

    public int getPartBytes() {
        return StagedUploads.PART_BYTES;
    }

    public void cancel(long id) throws IOException {
        archiveImport.cancel(id, me.getName());
        redirect(
                FacesContext.getCurrentInstance(),
                Words.of(FacesContext.getCurrentInstance(), "admin.import.done.cancelled"));
    }

    public ImportPlan getPreview() {
        if (preview == null && chosen()) {
            try {
                preview = previewOfChosen(FacesContext.getCurrentInstance());
            } catch (ImportProblem problem) {
                forget();
            }
        }
        return preview;
    }

    /** The preview lists this many of each kind; the counts above them are complete. */
    public int getPreviewRows() {
        return 100;
    }

    public List<ImportPlan.PlannedArticle> getPreviewArticles() {
        List<ImportPlan.PlannedArticle> all =
                getPreview() == null ? List.of() : getPreview().articles();
        return all.subList(0, Math.min(all.size(), getPreviewRows()));
    }

    public List<ImportPlan.PlannedLetter> getPreviewLetters() {
        List<ImportPlan.PlannedLetter> all =
                getPreview() == null ? List.of() : getPreview().letters();
        return all.subList(0, Math.min(all.size(), getPreviewRows()));
    }

    public boolean isFolderConfigured() {
        return archiveImport.folderConfigured();
    }

    public List<ImportFolder.ServerFile> getFolderFiles() {
        return archiveImport.folderFiles();
    }

    /** "12.4 MB", "310 KB": enough to tell the files apart and to see how long an import will be. */
    public String size(ImportFolder.ServerFile file) {
        long bytes = file.size();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (bytes < 1024) {
            return Words.of(faces, "admin.import.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Words.of(faces, "admin.import.size.kilobytes", (bytes + 1023) / 1024);
        }
        return Words.of(faces, "admin.import.size.megabytes", bytes / (1024.0 * 1024.0));
    }

    public String getServerFile() {
        return serverFile;
    }

    public String getFeedUrl() {
        return feedSync.feedUrl();
    }

    public FeedSync.Result getLastPoll() {
        return feedSync.last();
    }

    public List<ImportJob> getJobs() {
        return archiveImport.latest(10);
    }

    public int percent(ImportJob job) {
        return job.totalSteps() == 0 ? 100 : (int) (100L * job.doneSteps() / job.totalSteps());
    }

    /** "about 3 minutes left", once the pace is known. */
    public String estimate(ImportJob job) {
        return job.estimate(clock.instant())
                .map(left -> left.compareTo(Duration.ofMinutes(1)) < 0
                        ? Words.of(FacesContext.getCurrentInstance(), "admin.import.estimate.underAMinute")
                        : Words.of(
                                FacesContext.getCurrentInstance(),
                                "admin.import.estimate.minutes",
                                left.toMinutes() + 1))
                .orElse("");
    }

    public List<String> reportOf(ImportJob job) {
        return job.report().isEmpty() ? List.of() : List.of(job.report().split("\n"));
    }

    private ImportPlan.Options options() {
        return new ImportPlan.Options(issueSource, customField == null ? null : customField.strip(), readerComments);
    }

    private static void problem(FacesContext faces, String field, String text) {
        PageActionBoundary.refuse(field, text);
    }

    private static void redirect(FacesContext faces, String done) {
        PageActionBoundary.done(done, "/admin/import");
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPlan.IssueSource getIssueSource() {
        return issueSource;
    }

    public void setIssueSource(ImportPlan.IssueSource issueSource) {
        this.issueSource = issueSource;
    }

    public String getCustomField() {
        return customField;
    }

    public void setCustomField(String customField) {
        this.customField = customField;
    }

    public boolean isReaderComments() {
        return readerComments;
    }

    public void setReaderComments(boolean readerComments) {
        this.readerComments = readerComments;
    }
}
