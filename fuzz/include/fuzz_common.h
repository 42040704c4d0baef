/* Minimal stand-ins for the C library headers, so fuzz seeds preprocess into small inputs. */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H
typedef unsigned long size_t;
typedef long ssize_t;
typedef long ptrdiff_t;
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long uint64_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
typedef long intmax_t;
typedef unsigned long uintmax_t;
typedef int wchar_t;
typedef struct _FILE FILE;
typedef __builtin_va_list va_list;
typedef long time_t;
typedef struct { long double a; } max_align_t;
#define NULL ((void *)0)
#define bool _Bool
#define true 1
#define false 0
#define EOF (-1)
#define CHAR_BIT 8
#define INT_MAX 2147483647
#define INT_MIN (-INT_MAX - 1)
#define UINT_MAX 4294967295U
#define LONG_MAX 9223372036854775807L
#define LONG_MIN (-LONG_MAX - 1L)
#define ULONG_MAX 18446744073709551615UL
#define LLONG_MAX LONG_MAX
#define SHRT_MAX 32767
#define UCHAR_MAX 255
#define SCHAR_MAX 127
#define INT32_MAX INT_MAX
#define UINT32_MAX UINT_MAX
#define INT64_MAX LONG_MAX
#define UINT64_MAX ULONG_MAX
#define SIZE_MAX ULONG_MAX
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define va_start(a, b) __builtin_va_start(a, b)
#define va_arg(a, t) __builtin_va_arg(a, t)
#define va_end(a) __builtin_va_end(a)
#define va_copy(a, b) __builtin_va_copy(a, b)
#define offsetof(t, m) __builtin_offsetof(t, m)
#define assert(x) ((void)(x))
#define static_assert _Static_assert
#define alignof _Alignof
#define alignas _Alignas
#define noreturn _Noreturn
#define PRId64 "ld"
#define PRIu64 "lu"
#define M_PI 3.14159265358979323846
#define NAN (__builtin_nanf(""))
#define INFINITY (__builtin_inff())
extern FILE *stdout, *stderr, *stdin;
int printf(const char *, ...);
int fprintf(FILE *, const char *, ...);
int sprintf(char *, const char *, ...);
int snprintf(char *, size_t, const char *, ...);
int vprintf(const char *, va_list);
int vsnprintf(char *, size_t, const char *, va_list);
int puts(const char *);
int putchar(int);
int fputs(const char *, FILE *);
void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void free(void *);
void *memcpy(void *, const void *, size_t);
void *memmove(void *, const void *, size_t);
void *memset(void *, int, size_t);
int memcmp(const void *, const void *, size_t);
size_t strlen(const char *);
int strcmp(const char *, const char *);
int strncmp(const char *, const char *, size_t);
char *strcpy(char *, const char *);
char *strncpy(char *, const char *, size_t);
char *strcat(char *, const char *);
char *strchr(const char *, int);
char *strstr(const char *, const char *);
char *strdup(const char *);
int abs(int);
long labs(long);
_Noreturn void exit(int);
_Noreturn void abort(void);
int atoi(const char *);
long strtol(const char *, char **, int);
void qsort(void *, size_t, size_t, int (*)(const void *, const void *));
double sqrt(double);
double pow(double, double);
double floor(double);
double fabs(double);
double sin(double);
double cos(double);
int isalpha(int);
int isdigit(int);
int toupper(int);
#endif
