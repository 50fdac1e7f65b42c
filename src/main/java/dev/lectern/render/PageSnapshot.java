package dev.lectern.render;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered page as bytes and back, for the copy of the last page a start shows before the renderer is ready. A
 * key (what the page was rendered from) comes first, so that a stale copy is told apart without decoding the page.
 * Decoding checks every length against the bytes left and fails with an IOException on anything else.
 */
public final class PageSnapshot {

    private static final int MAGIC = 0x4C50_4731; // "LPG1"
    private static final byte[] NONE = new byte[0];

    private PageSnapshot() {
    }

    /** A key and a page, encoded. */
    public static byte[] encode(String key, RenderedPage page) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(page.html().length() * 2 + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            writeString(out, key);
            writeString(out, page.html());
            out.writeInt(page.outline().size());
            for (Heading heading : page.outline()) {
                out.writeInt(heading.level());
                writeString(out, heading.text());
                writeString(out, heading.anchorId());
            }
            out.writeBoolean(page.lineBreaksKept());
            out.writeInt(page.remoteImageCount());
            writeString(out, page.sourceUrl());
            writeString(out, page.lang());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * The page the bytes hold when they were encoded with this key, else null; IOException when they are damaged, or
     * when the page does not open with the policy the renderer writes first in every page (the offline one, or the
     * one with remote images when they are allowed): bytes from elsewhere are not a way around it.
     */
    public static RenderedPage decode(byte[] bytes, String key, boolean remoteImagesAllowed) throws IOException {
        RenderedPage page = decode(bytes, key);
        if (page != null && !opensWithPolicy(page.html(), remoteImagesAllowed)) {
            throw new IOException("a page snapshot without the page's security policy");
        }
        return page;
    }

    private static final Pattern OPENING = Pattern.compile(
            "<!DOCTYPE html>\n<html [^<>]*>\n<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");

    private static boolean opensWithPolicy(String html, boolean remoteImagesAllowed) {
        Matcher opening = OPENING.matcher(html);
        if (!opening.lookingAt()) {
            return false;
        }
        String policy = opening.group(1);
        return policy.equals(PageTemplate.OFFLINE_POLICY) || remoteImagesAllowed && policy.equals(PageTemplate.REMOTE_IMAGES_POLICY);
    }

    static RenderedPage decode(byte[] bytes, String key) throws IOException {
        try {
            return decode(ByteBuffer.wrap(bytes), key);
        } catch (BufferUnderflowException | IllegalArgumentException | NullPointerException e) {
            throw new IOException("a damaged page snapshot", e);
        }
    }

    private static RenderedPage decode(ByteBuffer in, String key) throws IOException {
        if (in.remaining() < 4 || in.getInt() != MAGIC) {
            throw new IOException("not a page snapshot");
        }
        if (!key.equals(readString(in))) {
            return null;
        }
        String html = readString(in);
        int headings = readCount(in, 12);
        List<Heading> outline = new ArrayList<>(headings);
        for (int i = 0; i < headings; i++) {
            outline.add(new Heading(in.getInt(), readString(in), readString(in)));
        }
        boolean lineBreaksKept = in.get() != 0;
        int remoteImages = in.getInt();
        String sourceUrl = readString(in);
        String lang = readString(in);
        if (html == null || in.hasRemaining()) {
            throw new IOException("a damaged page snapshot");
        }
        return new RenderedPage(html, outline, lineBreaksKept, remoteImages, sourceUrl, lang);
    }

    /** A string as its UTF-8 length (-1 for null) and bytes. */
    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text == null ? NONE : text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(text == null ? -1 : utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) throws IOException {
        if (in.remaining() < 4) {
            throw new IOException("a damaged page snapshot");
        }
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.remaining()) {
            throw new IOException("a damaged page snapshot");
        }
        ByteBuffer text = in.slice();
        text.limit(length);
        in.position(in.position() + length);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(text).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("a damaged page snapshot", e);
        }
    }

    /** A count of items of at least minBytes each, checked against the bytes left. */
    private static int readCount(ByteBuffer in, int minBytes) throws IOException {
        int count = in.remaining() < 4 ? -1 : in.getInt();
        if (count < 0 || (long) count * minBytes > in.remaining()) {
            throw new IOException("a damaged page snapshot");
        }
        return count;
    }
}
