// The static `weft` finds a thrower's unwind tables the way a dynamic program does: by binary search in the
// .eh_frame_hdr table (-Wl,--eh-frame-hdr), reached through dl_iterate_phdr. GCC's crtbeginT.o, which a -static
// link starts with, would instead register the whole .eh_frame with libgcc (__register_frame_info), and the first
// C++ exception of the process would then sort every FDE of a 14 MB program: 57M instructions, about 12 ms, paid
// by any script whose first error is a SyntaxError and by the REPL's Ctrl-D. The link wraps the registration
// (-Wl,--wrap=__register_frame_info, ...) to these two, which register nothing, so libgcc's registry stays empty and
// its lookup falls through to the table the linker made (libgcc: unwind-dw2-fde-dip.c, _Unwind_Find_FDE).
extern "C" {
void __wrap___register_frame_info(void const*, void*) {}
void* __wrap___deregister_frame_info(void const*) { return nullptr; }
}
