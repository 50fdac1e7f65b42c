package dev.lectern.library;

import java.util.List;

/** One node of the tag tree. label = most common spelling of the last segment; total = number of articles having this tag or any descendant. */
public record TagNode(TagRef ref, String label, int total, List<TagNode> children) {

    public TagNode {
        children = List.copyOf(children);
    }
}
