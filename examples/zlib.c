/* Seed example 6: call a shared library at compile time.
 *
 * def() runs zlib's deflate inside the compiler and returns the compressed bytes as a string
 * literal, so the built program contains the compressed data but needs neither zlib nor the
 * original text. Compile-time code can call any library loaded with -l (a path or a soname):
 *
 *     cir -llibz.so.1 zlib.c -o out.c && gcc out.c     # no -lz: the output does not use zlib
 *     ./a.out | python3 -c 'import sys, zlib; print(zlib.decompress(sys.stdin.buffer.read()).decode())'
 *
 * <zlib.h> is only needed at compile time; the output does not include it.
 *
 * `sizeof(@def(...))` is the size of the string literal the call produces (the compressed
 * bytes and the terminating NUL): a call producing code runs even under sizeof. */
// cir-flags: -llibz.so.1
// out-inflates-to: Hello World!
// rendered: fwrite("x\332
// rendered: 21UL, 1UL,
#include <stdio.h>
#include <string.h>
#include <zlib.h>
#include <cir.h>

/* Compresses the NUL-terminated `data` into buf (cap bytes) with zlib; returns the length. */
static size_t deflateString(const char *data, unsigned char *buf, size_t cap)
{
    z_stream strm;
    memset(&strm, 0, sizeof strm);
    if (deflateInit(&strm, Z_BEST_COMPRESSION) != Z_OK)
        cir_fatal("deflateInit failed");
    strm.next_in = (unsigned char *)data;
    strm.avail_in = strlen(data);
    strm.next_out = buf;
    strm.avail_out = cap;
    if (deflate(&strm, Z_FINISH) != Z_STREAM_END)
        cir_fatal("deflate failed: %s", strm.msg ? strm.msg : "output buffer too small");
    size_t len = strm.total_out;
    deflateEnd(&strm);
    return len;
}

/* The compressed bytes of `data`, as a string literal: the len bytes plus a terminating NUL. */
static CirCodeId def(const char *data)
{
    unsigned char buf[256];
    size_t len = deflateString(data, buf, sizeof buf - 1);
    buf[len] = 0;
    return CirCode_ofExpr(CirValue_ofString((const char *)buf, len + 1));
}

int main(void)
{
    fwrite(@def("Hello World!"), sizeof(@def("Hello World!")), 1, stdout);
    return 0;
}
