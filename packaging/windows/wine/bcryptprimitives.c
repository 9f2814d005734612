/* Test-harness stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks.
 * cryptography's Rust core imports ProcessPrng from it; Wine's bcrypt.dll has a real system
 * random generator behind BCryptGenRandom, so this forwards there. It is compiled when
 * `make test-windows` sets up the Wine prefix and lives only in that prefix's system32:
 * it never goes into the bundle (real Windows 10 and 11 have the DLL). */
#include <windows.h>
#include <bcrypt.h>
#include <stdlib.h>

#include "stand-in.h"

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        /* Windows' ProcessPrng cannot fail; never hand back bytes that are not random. */
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            abort();
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
