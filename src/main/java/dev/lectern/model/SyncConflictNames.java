package dev.lectern.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names sync tools give the copy they keep when two machines changed a file before they met: Syncthing's
 * {@code post.sync-conflict-20261201-123456-ABCDEF7.md}, Dropbox's {@code post (conflicted copy 2026-12-01).md} and
 * {@code post (Mac's conflicted copy 2026-12-01).md}, Nextcloud's and ownCloud's {@code post (conflicted copy 2026-12-01
 * 123456).md}.
 */
public final class SyncConflictNames {

    /** Longest name looked at: every pattern below is bounded, and names are short. */
    private static final int LONGEST = 1024;
    private static final Pattern SYNCTHING =
            Pattern.compile("(.{1,512}?)\\.sync-conflict-\\d{8}-\\d{6}-[A-Za-z0-9]{1,64}(\\.[^./\\\\]{1,32})?");
    private static final Pattern DROPBOX = Pattern.compile(
            "(.{1,512}?) \\([^()/\\\\]{0,120}conflicted copy[^()/\\\\]{0,60}(?:\\(\\d{1,4}\\))?\\)(?: \\(\\d{1,4}\\))?"
                    + "(\\.[^./\\\\]{1,32})?");

    private SyncConflictNames() {
    }

    /** The name of the file a conflict copy was made of ({@code post.md}), or null when the name is no such copy. */
    public static String originalOf(String fileName) {
        if (fileName == null || fileName.length() > LONGEST) {
            return null;
        }
        for (Pattern pattern : new Pattern[] {SYNCTHING, DROPBOX}) {
            Matcher m = pattern.matcher(fileName);
            if (m.matches()) {
                return m.group(1) + (m.group(2) == null ? "" : m.group(2));
            }
        }
        return null;
    }
}
