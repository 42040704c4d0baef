/* Enum -> name table, generated at compile time.
 *
 * `@defineEnumNames(__typeval(enum color), "color_name");` walks the items of enum color with
 * the CirEnum_* API and adds a function to the program, as if it were written here:
 *
 *     static const char *color_name(enum color v)
 *     {
 *         switch (v) {
 *         case RED: return "RED";
 *         ...
 *         default: return "?";
 *         }
 *     }
 *
 * Add an item to the enum and the name table follows. __typeval(T) hands a type to compile-time
 * code: the parameter is a CirCodeId (the argument is not evaluated) whose value is the type. */
// out: RED GREEN BLUE
// out: 2 -> BLUE
// out: 7 -> ?
// out: SIGNAL_HUP SIGNAL_INT SIGNAL_TERM
// rendered: return "SIGNAL_TERM";
#include <stdio.h>
#include <stdlib.h>
#include <cir.h>

enum color { RED, GREEN, BLUE };
enum signal_kind { SIGNAL_HUP = 1, SIGNAL_INT = 2, SIGNAL_TERM = 15 };

/* Adds `static const char *fnName(enum E v)` returning the name of each item of E. */
static void defineEnumNames(CirCodeId typeArg, const char *fnName)
{
    const CirType *t = CirValue_getTypeValue(CirCode_getValue(typeArg));
    CirEnumId e = CirType_getEnumId(CirType_unroll(t));
    if (!e)
        cir_fatal("defineEnumNames: %s needs an enum type", fnName);

    /* The function as C text. Item names are identifiers of the program, so they can be
     * written into the text directly; they cannot contain `%`, which would start a hole. */
    char *text;
    size_t size;
    FILE *f = open_memstream(&text, &size);
    fprintf(f, "static const char *%%n(%%t v)\n{\n    switch (v) {\n");
    for (size_t i = 0; i < CirEnum_getNumItems(e); i++) {
        const char *name = CirName_cstr(CirEnumItem_getName(CirEnum_getItem(e, i)));
        fprintf(f, "    case %s: return \"%s\";\n", name, name);
    }
    fprintf(f, "    default: return \"?\";\n    }\n}\n");
    fclose(f);

    /* %n: the name of the new function, %t: the enum type. */
    CirQ_decls(text, CirName_of(fnName), t);
    free(text);
}

@defineEnumNames(__typeval(enum color), "color_name");
@defineEnumNames(__typeval(enum signal_kind), "signal_name");

int main(void)
{
    printf("%s %s %s\n", color_name(RED), color_name(GREEN), color_name(BLUE));
    enum color c = 2;
    printf("%d -> %s\n", c, color_name(c));
    printf("%d -> %s\n", 7, color_name(7));
    printf("%s %s %s\n", signal_name(SIGNAL_HUP), signal_name(SIGNAL_INT), signal_name(SIGNAL_TERM));
    return 0;
}
