//! The panic text of a failed type assertion to a concrete type, from the
//! three types' names, for the runtime's PanicAssert service and the
//! reference interpreter alike.

/// `x.(T)` failing: the static interface type `iface` held a `have` (or
/// "nil") where `want` was asserted. Two types of one name read the same,
/// so, as gc does, the text then says they come from different scopes
/// (local types of different functions: descriptors name no package path).
pub fn assert_message(iface: &str, have: &str, want: &str) -> String {
    let note = if have == want {
        " (types from different scopes)"
    } else {
        ""
    };
    format!("interface conversion: {iface} is {have}, not {want}{note}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_three_types() {
        assert_eq!(
            assert_message("interface {}", "string", "int"),
            "interface conversion: interface {} is string, not int"
        );
        assert_eq!(
            assert_message("main.I", "main.T", "main.T"),
            "interface conversion: main.I is main.T, not main.T (types from different scopes)"
        );
    }
}
