/* data/banner.txt, read by compile-time code and embedded as a string. The dependency file
 * that `cir cc -MMD` writes lists data/banner.txt, so make rebuilds banner.o when it changes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cir.h>
#include "util.h"

static CirCodeId fileContents(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        cir_fatal("cannot open %s", path);
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return CirCode_ofExpr(CirValue_ofCString(buf));
}

const char *const banner = @fileContents("data/banner.txt");
