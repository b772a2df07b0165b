package se.lishandboken.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every JDK has, without the checked exception for an algorithm that cannot be missing. */
public final class Sha256 {

    private Sha256() {
    }

    /** A new digest to feed. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The digest of {@code bytes}, in lower-case hex. */
    public static String hex(byte[] bytes) {
        return hex(digest(), bytes);
    }

    /** Feeds {@code bytes} to {@code sha} and gives its digest in lower-case hex. */
    public static String hex(MessageDigest sha, byte[] bytes) {
        return HexFormat.of().formatHex(sha.digest(bytes));
    }
}
