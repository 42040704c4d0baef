/* A mistake cir reports: `count` is not declared (line 4). */
int main(void)
{
    return count + 1;
}
