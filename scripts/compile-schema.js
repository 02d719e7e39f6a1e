// Placeholder until the schema validator is precompiled at build time.
