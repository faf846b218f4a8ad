/** Where the commands write: the process's standard streams, or a test's. */
/**
 * The process's standard streams. A reader that closes the pipe early (`| head -1`) ends the output
 * quietly; any other failure to write (a full disk) is remembered, for main to report and exit 2.
 */
const streams = { closed: false, failure: undefined, watched: false };
export const stdio = {
    out: (s) => {
        if (!streams.closed && !streams.failure)
            process.stdout.write(s);
    },
    err: (s) => process.stderr.write(s),
};
export function watchStreams() {
    if (streams.watched)
        return;
    streams.watched = true;
    process.stdout.on('error', (e) => {
        if (e.code === 'EPIPE')
            streams.closed = true;
        else
            streams.failure ??= e;
    });
    process.stderr.on('error', () => { });
}
/** Waits for the streams to report how the writes went; a failed write is exit 2 with one line. */
export async function settled(code, io) {
    await new Promise((r) => setImmediate(r));
    if (!streams.failure)
        return code;
    const e = streams.failure;
    io.err(`align: could not write to standard output: ${e.code === 'ENOSPC' ? 'no space left on device' : e.message} (${e.code ?? 'error'}).\n`);
    return 2;
}
