// expect: read_file.c:36: failed to open fileToBeRead.txt
/* examples/read_file.c compiled from a directory without the file it reads: cir_fatal's
 * message stops the compilation at the `@` call. */
#include "../../examples/read_file.c"
