/** The largest file a user may upload. */
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

/** The most files one message may carry. */
export const MAX_FILES_PER_MESSAGE = 10;
