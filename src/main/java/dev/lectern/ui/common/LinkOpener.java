package dev.lectern.ui.common;

import java.net.URI;

/** Opens an external link (http, https, mailto) in the system browser; behind an interface so tests use a fake. */
public interface LinkOpener {

    void open(URI uri);
}
