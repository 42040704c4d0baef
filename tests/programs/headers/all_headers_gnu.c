// covers: same full header set as all_headers.c but compiled with _GNU_SOURCE defined first (GNU extensions visible: strchrnul, mempcpy, asprintf, qsort_r, memrchr, GNU strerror_r, pipe2-free, sincos, exp10), deterministic output
#define _GNU_SOURCE
/* C11 standard headers */
#include <assert.h>
#include <complex.h>
#include <ctype.h>
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <inttypes.h>
#include <iso646.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>
#include <string.h>
#include <tgmath.h>
#include <threads.h>
#include <time.h>
#include <uchar.h>
#include <wchar.h>
#include <wctype.h>
/* POSIX headers (ndbm.h is not installed on this system and is omitted) */
#include <aio.h>
#include <arpa/inet.h>
#include <cpio.h>
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <fmtmsg.h>
#include <fnmatch.h>
#include <ftw.h>
#include <glob.h>
#include <grp.h>
#include <iconv.h>
#include <langinfo.h>
#include <libgen.h>
#include <monetary.h>
#include <mqueue.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <nl_types.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <regex.h>
#include <sched.h>
#include <search.h>
#include <semaphore.h>
#include <spawn.h>
#include <strings.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <syslog.h>
#include <tar.h>
#include <termios.h>
#include <ulimit.h>
#include <unistd.h>
#include <utime.h>
#include <utmpx.h>
#include <wordexp.h>
/* Linux extras */
#include <sys/ioctl.h>
#include <sys/epoll.h>
#include <sys/sysinfo.h>

static int cmp_r(const void *a, const void *b, void *ctx) {
    int dir = *(int *)ctx;
    return dir * (*(const int *)a - *(const int *)b);
}

int main(void) {
    const char *s = "gnu,source";
    printf("strchrnul %td %td\n", strchrnul(s, ',') - s, strchrnul(s, '#') - s);
    char buf[32];
    char *e = mempcpy(buf, "abc", 3);
    *e = 0;
    printf("mempcpy %s %td\n", buf, e - buf);
    char *a = NULL;
    int n = asprintf(&a, "%d-%s", 42, "asprintf");
    printf("asprintf %d %s\n", n, a);
    free(a);
    int arr[6] = {4, 1, 5, 9, 2, 6};
    int dir = -1;
    qsort_r(arr, 6, sizeof arr[0], cmp_r, &dir);
    printf("qsort_r %d %d %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3], arr[4], arr[5]);
    const char *r = memrchr(s, 'o', strlen(s));
    printf("memrchr %td\n", r - s);
    double sn, cs;
    sincos(0.0, &sn, &cs);
    printf("sincos %g %g\n", sn, cs);
    printf("exp10 %g\n", exp10(3.0));
    char ebuf[64];
    const char *msg = strerror_r(ERANGE, ebuf, sizeof ebuf);
    printf("strerror_r %s\n", msg);
    printf("strverscmp %d\n", strverscmp("file9", "file10") < 0);
    printf("basename(POSIX via libgen) ");
    char p[] = "/a/b/c.txt";
    printf("%s\n", basename(p));
    printf("INT_MAX %d htons %u strlen %zu isalpha %d\n", INT_MAX, (unsigned)htons(1), strlen("gnu"), isalpha('g') != 0);
    printf("stat %d O_CLOEXEC %d\n", (int)(sizeof(struct stat) > 0), O_CLOEXEC != 0);
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(3, &set);
    printf("cpu_set %d %d\n", CPU_ISSET(3, &set), CPU_COUNT(&set));
    printf("TEMP_FAILURE_RETRY %d\n", (int)TEMP_FAILURE_RETRY(7));
    return 0;
}
