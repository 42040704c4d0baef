//! GCC builtin functions (`__builtin_*`, `__atomic_*`, `__sync_*`): names and signatures.
//!
//! Builtins appear in the IR as `ValueKind::Builtin(id)` call targets. Ids are handed out per
//! program in first-use order, except that ids 1..3 are `__builtin_bswap16/32/64`, matching
//! `CIR_BUILTIN_BSWAP16..64` of `cir.h`. A signature is a tiny string: the return type, `:`,
//! then one letter per parameter and `.` for `...`; `*` marks a type-generic builtin whose
//! result type the lowering computes from the arguments.

use super::entity::entity_id;
use super::{FKind, IKind, Program, Quals, TypeId, TypeKind};

entity_id!(
    /// A builtin function.
    BuiltinId,
    "builtin"
);

/// Signatures of the builtins cir knows. Letters: v void, b _Bool, c char, h unsigned short,
/// i int, u unsigned, l long, L unsigned long, x long long, X unsigned long long, z size_t,
/// w __int128, W unsigned __int128, f float, d double, D long double, q _Float128,
/// p void *, P const void *, s char *, S const char *, V va_list, * generic.
pub const SIGS: &[(&str, &str)] = &[
    ("__builtin_bswap16", "h:h"),
    ("__builtin_bswap32", "u:u"),
    ("__builtin_bswap64", "X:X"),
    ("__builtin_bswap128", "W:W"),
    ("__builtin_memcpy", "p:pPz"),
    ("__builtin_memmove", "p:pPz"),
    ("__builtin_memset", "p:piz"),
    ("__builtin_memcmp", "i:PPz"),
    ("__builtin_memchr", "p:Piz"),
    ("__builtin_mempcpy", "p:pPz"),
    ("__builtin_bzero", "v:pz"),
    ("__builtin_strlen", "z:S"),
    ("__builtin_strnlen", "z:Sz"),
    ("__builtin_strcpy", "s:sS"),
    ("__builtin_stpcpy", "s:sS"),
    ("__builtin_strncpy", "s:sSz"),
    ("__builtin_strcmp", "i:SS"),
    ("__builtin_strncmp", "i:SSz"),
    ("__builtin_strcat", "s:sS"),
    ("__builtin_strncat", "s:sSz"),
    ("__builtin_strchr", "s:Si"),
    ("__builtin_strrchr", "s:Si"),
    ("__builtin_strstr", "s:SS"),
    ("__builtin_strdup", "s:S"),
    ("__builtin_strndup", "s:Sz"),
    ("__builtin___memcpy_chk", "p:pPzz"),
    ("__builtin___memmove_chk", "p:pPzz"),
    ("__builtin___mempcpy_chk", "p:pPzz"),
    ("__builtin___memset_chk", "p:pizz"),
    ("__builtin___strcpy_chk", "s:sSz"),
    ("__builtin___stpcpy_chk", "s:sSz"),
    ("__builtin___strcat_chk", "s:sSz"),
    ("__builtin___strncpy_chk", "s:sSzz"),
    ("__builtin___stpncpy_chk", "s:sSzz"),
    ("__builtin___strncat_chk", "s:sSzz"),
    ("__builtin___sprintf_chk", "i:sizS."),
    ("__builtin___snprintf_chk", "i:szizS."),
    ("__builtin___vsprintf_chk", "i:sizSV"),
    ("__builtin___vsnprintf_chk", "i:szizSV"),
    ("__builtin___printf_chk", "i:iS."),
    ("__builtin___fprintf_chk", "i:piS."),
    ("__builtin_object_size", "z:Pi"),
    ("__builtin_dynamic_object_size", "z:Pi"),
    ("__builtin_printf", "i:S."),
    ("__builtin_fprintf", "i:pS."),
    ("__builtin_sprintf", "i:sS."),
    ("__builtin_snprintf", "i:szS."),
    ("__builtin_vprintf", "i:SV"),
    ("__builtin_vfprintf", "i:pSV"),
    ("__builtin_vsprintf", "i:sSV"),
    ("__builtin_vsnprintf", "i:szSV"),
    ("__builtin_puts", "i:S"),
    ("__builtin_putchar", "i:i"),
    ("__builtin_fputs", "i:Sp"),
    ("__builtin_fputc", "i:ip"),
    ("__builtin_fwrite", "z:Pzzp"),
    ("__builtin_abort", "v:"),
    ("__builtin_exit", "v:i"),
    ("__builtin__exit", "v:i"),
    ("__builtin_malloc", "p:z"),
    ("__builtin_calloc", "p:zz"),
    ("__builtin_realloc", "p:pz"),
    ("__builtin_free", "v:p"),
    ("__builtin_alloca", "p:z"),
    ("__builtin_alloca_with_align", "p:zz"),
    ("__builtin_abs", "i:i"),
    ("__builtin_labs", "l:l"),
    ("__builtin_llabs", "x:x"),
    ("__builtin_fabs", "d:d"),
    ("__builtin_fabsf", "f:f"),
    ("__builtin_fabsl", "D:D"),
    ("__builtin_fabsf128", "q:q"),
    ("__builtin_sqrt", "d:d"),
    ("__builtin_sqrtf", "f:f"),
    ("__builtin_sqrtl", "D:D"),
    ("__builtin_sin", "d:d"),
    ("__builtin_cos", "d:d"),
    ("__builtin_tan", "d:d"),
    ("__builtin_exp", "d:d"),
    ("__builtin_log", "d:d"),
    ("__builtin_log2", "d:d"),
    ("__builtin_log10", "d:d"),
    ("__builtin_pow", "d:dd"),
    ("__builtin_powf", "f:ff"),
    ("__builtin_powl", "D:DD"),
    ("__builtin_powi", "d:di"),
    ("__builtin_powif", "f:fi"),
    ("__builtin_floor", "d:d"),
    ("__builtin_floorf", "f:f"),
    ("__builtin_floorl", "D:D"),
    ("__builtin_ceil", "d:d"),
    ("__builtin_ceilf", "f:f"),
    ("__builtin_ceill", "D:D"),
    ("__builtin_round", "d:d"),
    ("__builtin_roundf", "f:f"),
    ("__builtin_trunc", "d:d"),
    ("__builtin_truncf", "f:f"),
    ("__builtin_fmod", "d:dd"),
    ("__builtin_fmodf", "f:ff"),
    ("__builtin_fmax", "d:dd"),
    ("__builtin_fmin", "d:dd"),
    ("__builtin_copysign", "d:dd"),
    ("__builtin_copysignf", "f:ff"),
    ("__builtin_copysignl", "D:DD"),
    ("__builtin_copysignf128", "q:qq"),
    ("__builtin_ldexp", "d:di"),
    ("__builtin_frexp", "d:dp"),
    ("__builtin_lround", "l:d"),
    ("__builtin_llround", "x:d"),
    ("__builtin_lrint", "l:d"),
    ("__builtin_rint", "d:d"),
    ("__builtin_huge_val", "d:"),
    ("__builtin_huge_valf", "f:"),
    ("__builtin_huge_vall", "D:"),
    ("__builtin_huge_valf128", "q:"),
    ("__builtin_inf", "d:"),
    ("__builtin_inff", "f:"),
    ("__builtin_infl", "D:"),
    ("__builtin_inff128", "q:"),
    ("__builtin_nan", "d:S"),
    ("__builtin_nanf", "f:S"),
    ("__builtin_nanl", "D:S"),
    ("__builtin_nanf128", "q:S"),
    ("__builtin_nans", "d:S"),
    ("__builtin_nansf", "f:S"),
    ("__builtin_nansl", "D:S"),
    ("__builtin_nansf128", "q:S"),
    ("__builtin_clz", "i:u"),
    ("__builtin_clzl", "i:L"),
    ("__builtin_clzll", "i:X"),
    ("__builtin_ctz", "i:u"),
    ("__builtin_ctzl", "i:L"),
    ("__builtin_ctzll", "i:X"),
    ("__builtin_clrsb", "i:i"),
    ("__builtin_clrsbl", "i:l"),
    ("__builtin_clrsbll", "i:x"),
    ("__builtin_popcount", "i:u"),
    ("__builtin_popcountl", "i:L"),
    ("__builtin_popcountll", "i:X"),
    ("__builtin_parity", "i:u"),
    ("__builtin_parityl", "i:L"),
    ("__builtin_parityll", "i:X"),
    ("__builtin_ffs", "i:i"),
    ("__builtin_ffsl", "i:l"),
    ("__builtin_ffsll", "i:x"),
    ("__builtin_expect", "l:ll"),
    ("__builtin_expect_with_probability", "l:lld"),
    ("__builtin_unreachable", "v:"),
    ("__builtin_trap", "v:"),
    ("__builtin_assume_aligned", "p:Pz."),
    ("__builtin_prefetch", "v:P."),
    ("__builtin_frame_address", "p:u"),
    ("__builtin_return_address", "p:u"),
    ("__builtin_extract_return_addr", "p:p"),
    ("__builtin_clear_cache", "v:pp"),
    ("__builtin_LINE", "i:"),
    ("__builtin_FILE", "S:"),
    ("__builtin_FUNCTION", "S:"),
    ("__builtin_va_start", "v:*"),
    ("__builtin_va_end", "v:*"),
    ("__builtin_va_copy", "v:*"),
    ("__builtin_va_arg", "*"),
    ("__builtin_va_arg_pack", "i:"),
    ("__builtin_va_arg_pack_len", "i:"),
    ("__builtin_next_arg", "p:*"),
    ("__builtin_constant_p", "i:*"),
    ("__builtin_classify_type", "i:*"),
    ("__builtin_isnan", "i:*"),
    ("__builtin_isinf", "i:*"),
    ("__builtin_isinf_sign", "i:*"),
    ("__builtin_isfinite", "i:*"),
    ("__builtin_finite", "i:d"),
    ("__builtin_isnormal", "i:*"),
    ("__builtin_signbit", "i:*"),
    ("__builtin_signbitf", "i:f"),
    ("__builtin_signbitl", "i:D"),
    ("__builtin_fpclassify", "i:*"),
    ("__builtin_isgreater", "i:*"),
    ("__builtin_isgreaterequal", "i:*"),
    ("__builtin_isless", "i:*"),
    ("__builtin_islessequal", "i:*"),
    ("__builtin_islessgreater", "i:*"),
    ("__builtin_isunordered", "i:*"),
    ("__builtin_iseqsig", "i:*"),
    ("__builtin_add_overflow", "b:*"),
    ("__builtin_sub_overflow", "b:*"),
    ("__builtin_mul_overflow", "b:*"),
    ("__builtin_add_overflow_p", "b:*"),
    ("__builtin_sub_overflow_p", "b:*"),
    ("__builtin_mul_overflow_p", "b:*"),
    ("__builtin_sadd_overflow", "b:iip"),
    ("__builtin_saddl_overflow", "b:llp"),
    ("__builtin_saddll_overflow", "b:xxp"),
    ("__builtin_uadd_overflow", "b:uup"),
    ("__builtin_uaddl_overflow", "b:LLp"),
    ("__builtin_uaddll_overflow", "b:XXp"),
    ("__builtin_ssub_overflow", "b:iip"),
    ("__builtin_usub_overflow", "b:uup"),
    ("__builtin_smul_overflow", "b:iip"),
    ("__builtin_smull_overflow", "b:llp"),
    ("__builtin_smulll_overflow", "b:xxp"),
    ("__builtin_umul_overflow", "b:uup"),
    ("__builtin_umull_overflow", "b:LLp"),
    ("__builtin_umulll_overflow", "b:XXp"),
    ("__builtin_complex", "*"),
    ("__atomic_load_n", "*"),
    ("__atomic_store_n", "v:*"),
    ("__atomic_exchange_n", "*"),
    ("__atomic_compare_exchange_n", "b:*"),
    ("__atomic_load", "v:*"),
    ("__atomic_store", "v:*"),
    ("__atomic_exchange", "v:*"),
    ("__atomic_compare_exchange", "b:*"),
    ("__atomic_add_fetch", "*"),
    ("__atomic_sub_fetch", "*"),
    ("__atomic_and_fetch", "*"),
    ("__atomic_xor_fetch", "*"),
    ("__atomic_or_fetch", "*"),
    ("__atomic_nand_fetch", "*"),
    ("__atomic_fetch_add", "*"),
    ("__atomic_fetch_sub", "*"),
    ("__atomic_fetch_and", "*"),
    ("__atomic_fetch_xor", "*"),
    ("__atomic_fetch_or", "*"),
    ("__atomic_fetch_nand", "*"),
    ("__atomic_test_and_set", "b:*"),
    ("__atomic_clear", "v:*"),
    ("__atomic_thread_fence", "v:i"),
    ("__atomic_signal_fence", "v:i"),
    ("__atomic_always_lock_free", "b:zP"),
    ("__atomic_is_lock_free", "b:zP"),
    ("__atomic_feraiseexcept", "v:i"),
    ("__sync_fetch_and_add", "*"),
    ("__sync_fetch_and_sub", "*"),
    ("__sync_fetch_and_or", "*"),
    ("__sync_fetch_and_and", "*"),
    ("__sync_fetch_and_xor", "*"),
    ("__sync_fetch_and_nand", "*"),
    ("__sync_add_and_fetch", "*"),
    ("__sync_sub_and_fetch", "*"),
    ("__sync_or_and_fetch", "*"),
    ("__sync_and_and_fetch", "*"),
    ("__sync_xor_and_fetch", "*"),
    ("__sync_nand_and_fetch", "*"),
    ("__sync_bool_compare_and_swap", "b:*"),
    ("__sync_val_compare_and_swap", "*"),
    ("__sync_lock_test_and_set", "*"),
    ("__sync_lock_release", "v:*"),
    ("__sync_synchronize", "v:"),
    ("__builtin_ia32_pause", "v:"),
    ("__builtin_ia32_rdtsc", "X:"),
    ("__builtin_cpu_init", "v:"),
    ("__builtin_cpu_supports", "i:S"),
    ("__builtin_cpu_is", "i:S"),
];

/// Per-program builtin table entry.
#[derive(Clone, Debug)]
pub struct BuiltinData {
    pub name: String,
    /// Index into `SIGS`, or `None` for a builtin cir has no signature for.
    pub sig: Option<usize>,
}

/// Looks up a builtin signature by name.
pub fn sig_index(name: &str) -> Option<usize> {
    SIGS.iter().position(|(n, _)| *n == name)
}

/// Whether calls to `name` are builtins (cir knows the signature or the name is reserved for
/// builtins).
pub fn is_builtin_name(name: &str) -> bool {
    name.starts_with("__builtin_") || name.starts_with("__atomic_") || name.starts_with("__sync_")
}

impl Program {
    /// The id of builtin `name`, registering it on first use.
    pub fn builtin(&mut self, name: &str) -> BuiltinId {
        self.ensure_bswap_builtins();
        if let Some(i) = self.builtins.iter().position(|b| b.name == name) {
            return BuiltinId::from_u32(i as u32 + 1).unwrap();
        }
        self.builtins.push(BuiltinData { name: name.to_string(), sig: sig_index(name) });
        BuiltinId::from_u32(self.builtins.len() as u32).unwrap()
    }
    fn ensure_bswap_builtins(&mut self) {
        if self.builtins.is_empty() {
            for n in ["__builtin_bswap16", "__builtin_bswap32", "__builtin_bswap64"] {
                self.builtins.push(BuiltinData { name: n.to_string(), sig: sig_index(n) });
            }
        }
    }
    pub fn builtin_data(&self, b: BuiltinId) -> &BuiltinData {
        &self.builtins[b.as_u32() as usize - 1]
    }

    /// Decodes one signature letter into a type (`None` for `*`).
    pub fn sig_letter_type(&mut self, c: char) -> Option<TypeId> {
        let int = |p: &mut Program, k| p.int_ty(k);
        Some(match c {
            'v' => self.void_ty(),
            'b' => int(self, IKind::Bool),
            'c' => int(self, IKind::Char),
            'h' => int(self, IKind::UShort),
            'i' => int(self, IKind::Int),
            'u' => int(self, IKind::UInt),
            'l' => int(self, IKind::Long),
            'L' | 'z' => int(self, IKind::ULong),
            'x' => int(self, IKind::LongLong),
            'X' => int(self, IKind::ULongLong),
            'w' => int(self, IKind::Int128),
            'W' => int(self, IKind::UInt128),
            'f' => self.float_ty(FKind::Float),
            'd' => self.float_ty(FKind::Double),
            'D' => self.float_ty(FKind::LongDouble),
            'q' => self.float_ty(FKind::Float128),
            'p' => {
                let v = self.void_ty();
                self.ptr_to(v)
            }
            'P' => {
                let v = self.void_ty();
                let cv = self.qualified(v, Quals::CONST);
                self.ptr_to(cv)
            }
            's' => {
                let ch = int(self, IKind::Char);
                self.ptr_to(ch)
            }
            'S' => {
                let ch = int(self, IKind::Char);
                let cc = self.qualified(ch, Quals::CONST);
                self.ptr_to(cc)
            }
            'V' => self.ty(TypeKind::VaList),
            _ => return None,
        })
    }

    /// The signature of a builtin: return type (None if generic), parameter types (None if
    /// generic), variadic.
    pub fn builtin_sig(&mut self, b: BuiltinId) -> (Option<TypeId>, Option<Vec<TypeId>>, bool) {
        let Some(i) = self.builtin_data(b).sig else { return (None, None, true) };
        let sig = SIGS[i].1;
        let mut parts = sig.splitn(2, ':');
        let ret = parts.next().unwrap_or("*");
        let params = parts.next();
        let ret_ty = ret.chars().next().and_then(|c| self.sig_letter_type(c));
        let Some(params) = params else { return (ret_ty, None, true) };
        if params.contains('*') {
            return (ret_ty, None, true);
        }
        let mut ps = Vec::new();
        let mut variadic = false;
        for c in params.chars() {
            if c == '.' {
                variadic = true;
            } else if let Some(t) = self.sig_letter_type(c) {
                ps.push(t);
            }
        }
        (ret_ty, Some(ps), variadic)
    }
}

/// The (function) type of a builtin used as a value: known signatures give a prototype,
/// generic ones an unprototyped `int ()`.
pub fn builtin_type(p: &mut Program, b: BuiltinId) -> TypeId {
    let (ret, params, variadic) = p.builtin_sig(b);
    let ret = ret.unwrap_or_else(|| p.int_ty(IKind::Int));
    match params {
        Some(ps) => {
            let params = ps.into_iter().map(|ty| super::Param { name: None, ty }).collect();
            p.ty(TypeKind::Func { ret, params, variadic, proto: true })
        }
        None => p.ty(TypeKind::Func { ret, params: Box::new([]), variadic: false, proto: false }),
    }
}
