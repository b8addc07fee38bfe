// Linux file write-back control that Glibc's Swift module does not show (it needs _GNU_SOURCE).
#ifndef CERTDESK_CFILESYNC_SHIM_H
#define CERTDESK_CFILESYNC_SHIM_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <fcntl.h>

/// Starts write-back of a byte range without waiting for it (SYNC_FILE_RANGE_WRITE), after
/// waiting for any write-back already under way on it (WAIT_BEFORE); 0 or -1 with errno.
static inline int certdesk_start_writeback(int fd, long long offset, long long length) {
    return sync_file_range(fd, offset, length, SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE);
}

/// Waits until a range's write-back started earlier is done.
static inline int certdesk_wait_writeback(int fd, long long offset, long long length) {
    return sync_file_range(fd, offset, length, SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
}

#endif
