// WEFT_API marks what the weft library exports: the public API. Everything else in libweft is hidden.
#pragma once

#if defined(__GNUC__)
#define WEFT_API __attribute__((visibility("default")))
#else
#define WEFT_API
#endif
