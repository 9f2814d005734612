/* Test-harness stand-in for Windows' own ICU (icuuc.dll, Windows 10 1903 and later), which
 * Wine 8 lacks. Qt 6 Core imports only these ucnv_* converter functions from it, to offer the
 * legacy text codecs; this stand-in has no converters at all (ucnv_open always fails, nothing
 * is available), so Qt uses its built-in codecs, as it does for every text the program reads
 * (UTF-8). It is compiled when `make test-windows` sets up the Wine prefix and lives only in
 * that prefix's system32: it never goes into the bundle. */
#include <stddef.h>
#include <stdint.h>

#include "stand-in.h"

typedef int UErrorCode; /* enum in ICU: 0 is U_ZERO_ERROR, > 0 a failure */
#define U_FAILURE(e) ((e) > 0)
#define U_UNSUPPORTED_ERROR 16
#define EXPORT __declspec(dllexport)

static void fail(UErrorCode *err)
{
    if (err != NULL && !U_FAILURE(*err))
        *err = U_UNSUPPORTED_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{ (void)name; (void)standard; fail(err); return NULL; }

/* The rest operate on an open converter, which this stand-in never hands out. */
EXPORT void ucnv_getToUCallBack(const void *c, void **a, const void **b) { (void)c; *a = NULL; *b = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *c, void **a, const void **b) { (void)c; *a = NULL; *b = NULL; }
EXPORT void ucnv_setToUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *err)
{ (void)c; (void)n; (void)nc; (void)o; (void)oc; fail(err); }
EXPORT void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *err)
{ (void)c; (void)n; (void)nc; (void)o; (void)oc; fail(err); }
EXPORT void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *err)
{ (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int32_t *o, int8_t f, UErrorCode *err)
{ (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
EXPORT int32_t ucnv_toUCountPending(const void *c, UErrorCode *err) { (void)c; fail(err); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *c, UErrorCode *err) { (void)c; fail(err); return 0; }
EXPORT void ucnv_cbToUWriteUChars(void *a, const void *s, int32_t l, int32_t o, UErrorCode *err)
{ (void)a; (void)s; (void)l; (void)o; fail(err); }
EXPORT void ucnv_cbFromUWriteUChars(void *a, const void **s, const void *sl, int32_t o, UErrorCode *err)
{ (void)a; (void)s; (void)sl; (void)o; fail(err); }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const char *b, int32_t l, int r, UErrorCode *err)
{ (void)c; (void)a; (void)b; (void)l; (void)r; fail(err); }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const void *u, int32_t l, int32_t p, int r, UErrorCode *err)
{ (void)c; (void)a; (void)u; (void)l; (void)p; (void)r; fail(err); }
