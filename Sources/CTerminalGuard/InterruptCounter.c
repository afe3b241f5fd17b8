#include "CTerminalGuard.h"

#include <signal.h>
#include <string.h>

/*
 * Why C, and why static: a signal handler can reach only memory that exists before it runs and
 * may only touch a `volatile sig_atomic_t`. The count is process-wide because SIGINT is.
 */
static volatile sig_atomic_t interrupt_count = 0;
static struct sigaction previous_action;
static int installed = 0;

static void count_interrupt(int signo) {
    (void)signo;
    if (interrupt_count < 1000) interrupt_count += 1;
}

int tg_interrupts_trap(void) {
    if (installed) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = count_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    interrupt_count = 0;
    if (sigaction(SIGINT, &action, &previous_action) != 0) return -1;
    installed = 1;
    return 0;
}

void tg_interrupts_release(void) {
    if (!installed) return;
    sigaction(SIGINT, &previous_action, NULL);
    installed = 0;
}

int tg_interrupts_seen(void) {
    return (int)interrupt_count;
}
