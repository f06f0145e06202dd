//! The JIT: IR to machine code, one module per architecture behind one `Backend` trait (DESIGN §2, §4, §5). Empty until the JIT issue.
