package dev.lectern.library;

/** How checked tags combine: an article must have all of them, or any one of them. */
public enum MatchMode { ALL, ANY }
