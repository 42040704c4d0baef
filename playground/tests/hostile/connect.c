/* Hostile: connects to the playground server itself on 127.0.0.1 (__PORT__ is its port). On
 * success it prints "connect: S" followed by "UCCEEDED", so the word is not in the source (the
 * response holds the C that cir rendered from it). */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int attack(void)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(__PORT__);
    a.sin_addr.s_addr = htonl(0x7f000001);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) {
        printf("connect: failed: socket: %s\n", strerror(errno));
    } else if (connect(s, (struct sockaddr *)&a, sizeof a) == 0) {
        printf("connect: %cUCCEEDED\n", 'S');
    } else {
        printf("connect: failed: %s\n", strerror(errno));
    }
    fflush(stdout);
    return 0;
}

int main(void)
{
    return /*@*/attack();
}
