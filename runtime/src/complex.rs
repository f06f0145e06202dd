//! Complex numbers in the runtime: `print`'s form of a complex value. The
//! division the compiled code calls is the ABI crate's
//! [`splitgo_abi::complex128div`] (gc's complex128div, for both complex
//! types), shared with the reference interpreter.

/// `print`/`println` of a complex value: `(` real part, imaginary part,
/// `i)`, each part in print's float form: `(+1.000000e+000+2.000000e+000i)`.
pub fn go_print_complex(re: f64, im: f64) -> String {
    format!(
        "({}{}i)",
        crate::print::go_print_float(re),
        crate::print::go_print_float(im)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_like_gc() {
        assert_eq!(
            go_print_complex(1.0, -2.0),
            "(+1.000000e+000-2.000000e+000i)"
        );
    }
}
