// covers: base64 encoding and decoding (standard alphabet with padding), lookup tables built at runtime, round-trip verification over binary data of all lengths 0..40, RFC 4648 test vectors, invalid input detection
#include <stdio.h>
#include <string.h>

static const char ALPHA[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t b64_encode(const unsigned char *in, size_t n, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16;
        if (i + 1 < n) v |= (unsigned)in[i + 1] << 8;
        if (i + 2 < n) v |= in[i + 2];
        out[o++] = ALPHA[(v >> 18) & 63];
        out[o++] = ALPHA[(v >> 12) & 63];
        out[o++] = i + 1 < n ? ALPHA[(v >> 6) & 63] : '=';
        out[o++] = i + 2 < n ? ALPHA[v & 63] : '=';
    }
    out[o] = 0;
    return o;
}

static int b64_decode(const char *in, unsigned char *out, size_t *outlen) {
    signed char rev[256];
    memset(rev, -1, sizeof rev);
    for (int i = 0; i < 64; i++) rev[(unsigned char)ALPHA[i]] = (signed char)i;
    size_t n = strlen(in), o = 0;
    if (n % 4) return -1;
    for (size_t i = 0; i < n; i += 4) {
        int pad = 0;
        unsigned v = 0;
        for (int k = 0; k < 4; k++) {
            char c = in[i + k];
            if (c == '=') { if (i + 4 != n || k < 2) return -2; pad++; v <<= 6; continue; }
            if (pad || rev[(unsigned char)c] < 0) return -3;
            v = (v << 6) | (unsigned)rev[(unsigned char)c];
        }
        out[o++] = (unsigned char)(v >> 16);
        if (pad < 2) out[o++] = (unsigned char)(v >> 8);
        if (pad < 1) out[o++] = (unsigned char)v;
    }
    *outlen = o;
    return 0;
}

int main(void) {
    const char *vectors[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."};
    char enc[128];
    unsigned char dec[128];
    size_t dl;
    for (int i = 0; i < 8; i++) {
        b64_encode((const unsigned char *)vectors[i], strlen(vectors[i]), enc);
        int rc = b64_decode(enc, dec, &dl);
        dec[dl] = 0;
        printf("'%s' -> '%s' -> rc=%d '%s'\n", vectors[i], enc, rc, (char *)dec);
    }
    unsigned char bin[40];
    int ok = 1;
    for (size_t len = 0; len <= 40; len++) {
        for (size_t i = 0; i < len; i++) bin[i] = (unsigned char)(i * 37 + len * 11);
        size_t el = b64_encode(bin, len, enc);
        if (el != (len + 2) / 3 * 4) ok = 0;
        if (b64_decode(enc, dec, &dl) || dl != len || memcmp(bin, dec, len)) ok = 0;
    }
    printf("roundtrip ok=%d\n", ok);
    b64_encode(bin, 40, enc);
    printf("%s\n", enc);
    const char *bad[] = {"abc", "ab=c", "a===", "@@@@", "QQ==QQ=="};
    for (int i = 0; i < 5; i++) printf("%s -> %d\n", bad[i], b64_decode(bad[i], dec, &dl));
    return 0;
}
