/* The library's interface (libutil.a: crc.c, stats.c). */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>

/* CRC-32 (zlib's) of n bytes; the lookup table is computed at compile time. */
unsigned int crc32(const void *data, size_t n);

/* Mean and population variance of n values. */
double mean(const double *v, size_t n);
double variance(const double *v, size_t n);

/* The banner read from data/banner.txt at compile time (banner.c). */
extern const char *const banner;

#endif
