/*
 * CQRencode: libqrencode (Debian libqrencode-dev) for the QRCode target, which alone imports it.
 * Header-only, like CNcursesw.
 */
#ifndef CQRENCODE_SHIM_H
#define CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
