import { Unzip, UnzipInflate } from "fflate";
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_INFLATED_BYTES } from "./limits";

/** A zip's first four bytes: a local file header. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export interface ArchiveEntry {
  name: string;
  bytes: Uint8Array;
}

/**
 * Small slices, so one push inflates at most about a thousand times its
 * size (deflate's best ratio) before the running total is checked again.
 */
const SLICE_BYTES = 16 * 1024;

/**
 * The entries of a zip that `wanted` names, inflated. What they unpack to is
 * counted as it comes out, not read from the headers (a zip bomb lies
 * there): past MAX_IMPORT_INFLATED_BYTES in all it stops with a 413.
 */
export function readArchive(zip: Uint8Array, wanted: (name: string) => boolean): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  const state = { inflated: 0, open: 0, failure: null as AppError | null };
  const unzip = new Unzip((file) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    state.open += 1;
    file.ondata = (error, data, final) => {
      if (state.failure) return;
      if (error) {
        state.failure = unreadable(`${file.name} in it cannot be unpacked`);
        return;
      }
      state.inflated += data.byteLength;
      if (state.inflated > MAX_IMPORT_INFLATED_BYTES) {
        state.failure = unpacksTooLarge();
        return;
      }
      chunks.push(data);
      if (final) {
        state.open -= 1;
        entries.push({ name: file.name, bytes: Buffer.concat(chunks) });
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  try {
    for (let at = 0; at < zip.byteLength && !state.failure; at += SLICE_BYTES) {
      unzip.push(zip.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= zip.byteLength);
    }
  } catch {
    throw unreadable("it is damaged or not a zip");
  }
  if (state.failure) throw state.failure;
  if (state.open > 0) throw unreadable("it ends before its last file does");
  return entries;
}

function unreadable(why: string): AppError {
  return AppError.badRequest(`The zip file could not be read: ${why}. Nothing was imported.`);
}

function unpacksTooLarge(): AppError {
  return AppError.tooLarge(
    `The zip unpacks to more than ${MAX_IMPORT_INFLATED_BYTES / (1024 * 1024)} MB. Nothing was imported.`,
  );
}
