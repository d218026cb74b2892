package org.postbag.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * A fingerprint of what an archive holds: its paths and their bytes, nested archives included.
 * Two archives with the same fingerprint deploy the same application. A properties file counts
 * by its entries, not by its bytes: {@code Properties.store} dates the file, and Arquillian
 * writes one (its test description) into every archive it deploys.
 */
final class ArchiveDigest {

    private ArchiveDigest() {}

    static String of(Archive<?> archive) {
        MessageDigest sha = sha256();
        update(sha, archive);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, Archive<?> archive) {
        Map<String, Node> content = new TreeMap<>();
        for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
            content.put(entry.getKey().get(), entry.getValue());
        }
        for (Map.Entry<String, Node> entry : content.entrySet()) {
            Asset asset = entry.getValue().getAsset();
            if (asset == null) {
                continue; // a directory: its files carry their full paths
            }
            sha.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            if (asset instanceof ArchiveAsset nested) {
                update(sha, nested.getArchive());
            } else if (entry.getKey().endsWith(".properties")) {
                sha.update(entries(asset).toString().getBytes(StandardCharsets.UTF_8));
            } else {
                bytes(sha, asset);
            }
            sha.update((byte) 0);
        }
    }

    private static Map<Object, Object> entries(Asset asset) {
        Properties properties = new Properties();
        try (InputStream in = asset.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeMap<>(properties);
    }

    private static void bytes(MessageDigest sha, Asset asset) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = asset.openStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
