package dev.procura.platform.storage;

/** The SHA-256 and MD5 (lower-case hex) and the size in bytes of a content. */
public record ContentDigest(String sha256, String md5, long size) {}
