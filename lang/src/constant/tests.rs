//! Table tests for constant arithmetic, representability and formatting.
//! Expected values are Go's: the Display rows were checked against
//! go/constant's `String` (go1.19, except `1.0000001`, which go1.20 and later
//! print in full), the messages against `go build` output.

use super::*;
use crate::ast::{BinOp, Lit, UnOp};
use crate::target::Target;
use crate::types::basic::BasicKind as K;
use num_bigint::BigInt;
use num_rational::BigRational;
use std::time::Instant;

const A64: Target = Target::AMD64;
const X86: Target = Target::I386;

type ReprRow = (ConstVal, K, Target, Result<ConstVal, Repr>);
type BinRow = (
    BinOp,
    ConstVal,
    ConstVal,
    bool,
    Result<ConstVal, ConstError>,
);
type UnRow = (UnOp, ConstVal, K, Target, Result<ConstVal, ConstError>);
type ShiftRow = (ConstVal, bool, u64, Result<ConstVal, ConstError>);

fn int(v: i128) -> ConstVal {
    ConstVal::Int(BigInt::from(v))
}

fn pow2(n: u64) -> BigInt {
    BigInt::from(1) << n
}

/// An exact decimal: "1.5", "-3e-7", "0x1p-1074" is not accepted.
fn dec(s: &str) -> BigRational {
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (mant, exp) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i64>().unwrap()),
        None => (s, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let digits: BigInt = format!("{ip}{fp}").parse().unwrap();
    let e = exp - fp.len() as i64;
    let ten = BigInt::from(10);
    let mut r = if e >= 0 {
        BigRational::from_integer(digits * ten.pow(e as u32))
    } else {
        BigRational::new(digits, ten.pow((-e) as u32))
    };
    if neg {
        r = -r;
    }
    r
}

/// A float constant with the value gc gives the literal `s` (with an
/// optional `-`): exact while small, a 512-bit float when huge.
fn fl(s: &str) -> ConstVal {
    let (neg, lit) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let r = crate::literal::float(lit).unwrap();
    ConstVal::Float(if neg { r.neg() } else { r })
}

/// An integer as a 512-bit float constant (what operations on huge
/// constants give, never turning back into fractions).
fn bigc(n: i64) -> ConstVal {
    ConstVal::Float(Real::Big(BigFloat::from_int(&BigInt::from(n))))
}

/// An exact fraction as a float constant.
fn ratc(r: BigRational) -> ConstVal {
    ConstVal::Float(Real::Rat(r))
}

fn frac(n: i64, d: i64) -> ConstVal {
    ratc(BigRational::new(n.into(), d.into()))
}

fn st(s: &[u8]) -> ConstVal {
    ConstVal::String(s.to_vec())
}

/// The exact value of an f64, as a Float constant.
fn f64c(x: f64) -> ConstVal {
    ratc(super::f64_to_rat(x))
}

fn f32c(x: f32) -> ConstVal {
    f64c(x as f64)
}

#[test]
fn represent_table() {
    use Repr::*;
    let max_u64 = ConstVal::Int(pow2(64) - 1);
    let min_i64 = ConstVal::Int(-pow2(63));
    let rows: Vec<ReprRow> = vec![
        // int8
        (int(-128), K::Int8, A64, Ok(int(-128))),
        (int(127), K::Int8, A64, Ok(int(127))),
        (int(128), K::Int8, A64, Err(Overflow)),
        (int(-129), K::Int8, A64, Err(Overflow)),
        // uint8
        (int(0), K::Uint8, A64, Ok(int(0))),
        (int(255), K::Uint8, A64, Ok(int(255))),
        (int(256), K::Uint8, A64, Err(Overflow)),
        (int(-1), K::Uint8, A64, Err(Overflow)),
        // int16 / uint16
        (int(32767), K::Int16, A64, Ok(int(32767))),
        (int(-32768), K::Int16, A64, Ok(int(-32768))),
        (int(32768), K::Int16, A64, Err(Overflow)),
        (int(65535), K::Uint16, A64, Ok(int(65535))),
        (int(65536), K::Uint16, A64, Err(Overflow)),
        // int32 / uint32
        (int(2147483647), K::Int32, A64, Ok(int(2147483647))),
        (int(-2147483648), K::Int32, A64, Ok(int(-2147483648))),
        (int(2147483648), K::Int32, A64, Err(Overflow)),
        (int(4294967295), K::Uint32, A64, Ok(int(4294967295))),
        (int(4294967296), K::Uint32, A64, Err(Overflow)),
        // int64 / uint64
        (min_i64.clone(), K::Int64, A64, Ok(min_i64.clone())),
        (ConstVal::Int(-pow2(63) - 1), K::Int64, A64, Err(Overflow)),
        (
            ConstVal::Int(pow2(63) - 1),
            K::Int64,
            A64,
            Ok(ConstVal::Int(pow2(63) - 1)),
        ),
        (ConstVal::Int(pow2(63)), K::Int64, A64, Err(Overflow)),
        (max_u64.clone(), K::Uint64, A64, Ok(max_u64.clone())),
        (ConstVal::Int(pow2(64)), K::Uint64, A64, Err(Overflow)),
        (int(-1), K::Uint64, A64, Err(Overflow)),
        // int, uint, uintptr follow the target
        (int(2147483648), K::Int, A64, Ok(int(2147483648))),
        (int(2147483648), K::Int, X86, Err(Overflow)),
        (int(-2147483648), K::Int, X86, Ok(int(-2147483648))),
        (int(4294967295), K::Uint, X86, Ok(int(4294967295))),
        (int(4294967296), K::Uint, X86, Err(Overflow)),
        (int(4294967296), K::Uint, A64, Ok(int(4294967296))),
        (int(4294967296), K::Uintptr, X86, Err(Overflow)),
        (max_u64.clone(), K::Uintptr, A64, Ok(max_u64.clone())),
        // floats to integers
        (fl("1.5"), K::Int, A64, Err(Truncated)),
        (fl("-0.5"), K::Uint8, A64, Err(Truncated)),
        (fl("2.0"), K::Int, A64, Ok(int(2))),
        (fl("255"), K::Uint8, A64, Ok(int(255))),
        (fl("256"), K::Uint8, A64, Err(Overflow)),
        (fl("1e100"), K::Int64, A64, Err(Overflow)),
        // Too large for go/constant to make an integer of: types2 says
        // "truncated" for every float-to-integer failure anyway.
        (fl("1e10000"), K::Int64, A64, Err(Truncated)),
        (fl("1e646456992"), K::Int, A64, Err(Truncated)),
        (fl("1e646456992"), K::Float64, A64, Err(Overflow)),
        (fl("1e-646456992"), K::Float64, A64, Ok(fl("0"))),
        (fl("-1e-646456992"), K::Float32, A64, Ok(fl("0"))),
        (
            fl("1e100"),
            K::UntypedInt,
            A64,
            Ok(ConstVal::Int(dec("1e100").to_integer())),
        ),
        (fl("1.5"), K::UntypedInt, A64, Err(Truncated)),
        (fl("97"), K::UntypedRune, A64, Ok(int(97))),
        (
            ConstVal::Int(pow2(600)),
            K::UntypedInt,
            A64,
            Ok(ConstVal::Int(pow2(600))),
        ),
        // untyped float
        (int(3), K::UntypedFloat, A64, Ok(fl("3"))),
        (frac(1, 3), K::UntypedFloat, A64, Ok(frac(1, 3))),
        // class mismatches
        (ConstVal::Bool(true), K::Int, A64, Err(Mismatch)),
        (st(b"x"), K::Int, A64, Err(Mismatch)),
        (int(1), K::String, A64, Err(Mismatch)),
        (int(1), K::UntypedString, A64, Err(Mismatch)),
        (int(1), K::Bool, A64, Err(Mismatch)),
        (st(b"x"), K::Float64, A64, Err(Mismatch)),
        (ConstVal::Bool(false), K::UntypedFloat, A64, Err(Mismatch)),
        (int(0), K::UnsafePointer, A64, Err(Mismatch)),
        (int(0), K::UntypedNil, A64, Err(Mismatch)),
        (
            ConstVal::Bool(true),
            K::UntypedBool,
            A64,
            Ok(ConstVal::Bool(true)),
        ),
        (ConstVal::Bool(true), K::Bool, A64, Ok(ConstVal::Bool(true))),
        (st(b"x"), K::String, A64, Ok(st(b"x"))),
        (st(b"\xff"), K::UntypedString, A64, Ok(st(b"\xff"))),
        // float32
        (int((1 << 24) + 1), K::Float32, A64, Ok(fl("16777216"))),
        (int((1 << 24) + 3), K::Float32, A64, Ok(fl("16777220"))),
        (fl("3.4028236e38"), K::Float32, A64, Err(Overflow)),
        (fl("-3.4028236e38"), K::Float32, A64, Err(Overflow)),
        (fl("3.4028234e38"), K::Float32, A64, Ok(f32c(f32::MAX))),
        (fl("3.40282356e38"), K::Float32, A64, Ok(f32c(f32::MAX))),
        (fl("0.1"), K::Float32, A64, Ok(f32c(0.1f32))),
        (fl("1e-50"), K::Float32, A64, Ok(fl("0"))),
        (fl("1e-45"), K::Float32, A64, Ok(f32c(f32::from_bits(1)))),
        (fl("1e39"), K::Float32, A64, Err(Overflow)),
        // float64
        (fl("0.1"), K::Float64, A64, Ok(f64c(0.1))),
        (frac(1, 3), K::Float64, A64, Ok(f64c(1.0 / 3.0))),
        (fl("1e309"), K::Float64, A64, Err(Overflow)),
        (fl("-1e309"), K::Float64, A64, Err(Overflow)),
        (
            fl("1.7976931348623157e308"),
            K::Float64,
            A64,
            Ok(f64c(f64::MAX)),
        ),
        (
            fl("1.7976931348623158078e308"),
            K::Float64,
            A64,
            Ok(f64c(f64::MAX)),
        ),
        (
            fl("1.7976931348623158080e308"),
            K::Float64,
            A64,
            Err(Overflow),
        ),
        (
            ratc(BigRational::new(1.into(), pow2(1075))),
            K::Float64,
            A64,
            Ok(fl("0")),
        ),
        (
            ratc(BigRational::new(3.into(), pow2(1076))),
            K::Float64,
            A64,
            Ok(f64c(f64::from_bits(1))),
        ),
        (
            ratc(BigRational::new(1.into(), pow2(1074))),
            K::Float64,
            A64,
            Ok(f64c(f64::from_bits(1))),
        ),
        (
            ConstVal::Int(pow2(53) + 1),
            K::Float64,
            A64,
            Ok(ratc(BigRational::from_integer(pow2(53)))),
        ),
        (
            ConstVal::Int(pow2(53) + 3),
            K::Float64,
            A64,
            Ok(ratc(BigRational::from_integer(pow2(53) + 4))),
        ),
        (fl("1e-400"), K::Float64, A64, Ok(fl("0"))),
        (fl("1e10000"), K::Float64, A64, Err(Overflow)),
        (int(-5), K::Float64, A64, Ok(fl("-5"))),
    ];
    for (i, (v, kind, target, want)) in rows.iter().enumerate() {
        let got = v.represent(*kind, target);
        assert_eq!(
            &got,
            want,
            "row {i}: {v:?} as {} on {}",
            kind.name(),
            target.name()
        );
    }
}

/// Rounding to float64 and float32 agrees with Rust's correctly rounded
/// parsers on decimals near the edges (halfway cases, subnormals, maxima).
#[test]
fn float_rounding_matches_parse() {
    let cases = [
        "0.1",
        "0.2",
        "0.3",
        "1.1",
        "3.14159265358979323846264338327950288",
        "2.5",
        "9007199254740993",
        "9007199254740995",
        "9007199254740992.5",
        "4.9406564584124654e-324",
        "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "2.2250738585072011e-308",
        "2.2250738585072014e-308",
        "1e-320",
        "123456789e-330",
        "1.7976931348623157e308",
        "8.98846567431158e307",
        "1e23",
        "8.589973e9",
        "1.00000005960464477539062499",
        "1.000000059604644775390625",
        "1.00000005960464477539062501",
        "16777217",
        "16777219",
        "3.4028234663852886e38",
        "1.17549435e-38",
        "1.4e-45",
        "7.0064923216240854e-46",
        "7.006492321624086e-46",
        "0.000001",
        "123456.789e3",
        "6.02214076e23",
        "1.602176634e-19",
        "2.718281828459045",
        "5e-324",
        "3e-324",
    ];
    for s in cases {
        let v = fl(s);
        let want64: f64 = s.parse().unwrap();
        assert_eq!(
            v.represent(K::Float64, &A64),
            Ok(f64c(want64)),
            "float64 {s}"
        );
        assert_eq!(v.to_f64().to_bits(), want64.to_bits(), "to_f64 {s}");
        let want32: f32 = s.parse().unwrap();
        let got32 = v.represent(K::Float32, &A64);
        if want32.is_infinite() {
            assert_eq!(got32, Err(Repr::Overflow), "float32 {s}");
        } else {
            assert_eq!(got32, Ok(f32c(want32)), "float32 {s}");
        }
    }
}

#[test]
fn binary_table() {
    use BinOp::*;
    use ConstError::*;
    let t = ConstVal::Bool(true);
    let f = ConstVal::Bool(false);
    let rows: Vec<BinRow> = vec![
        (Add, int(1), int(2), true, Ok(int(3))),
        (Sub, int(1), int(2), true, Ok(int(-1))),
        (Mul, int(-6), int(7), true, Ok(int(-42))),
        (Div, int(-7), int(2), true, Ok(int(-3))),
        (Div, int(7), int(-2), true, Ok(int(-3))),
        (Div, int(7), int(2), true, Ok(int(3))),
        (Rem, int(-7), int(2), true, Ok(int(-1))),
        (Rem, int(7), int(-2), true, Ok(int(1))),
        (Div, int(7), int(2), false, Ok(frac(7, 2))),
        (Div, int(1), int(3), false, Ok(frac(1, 3))),
        (Div, int(6), int(3), false, Ok(fl("2"))),
        (Div, int(1), int(0), true, Err(DivByZero)),
        (Div, int(1), int(0), false, Err(DivByZero)),
        (Rem, int(1), int(0), true, Err(DivByZero)),
        (Div, fl("1.0"), fl("0"), false, Err(DivByZero)),
        (Div, fl("7.0"), fl("2.0"), true, Ok(int(3))),
        (Mul, frac(1, 3), int(3), false, Ok(fl("1"))),
        (Add, fl("0.1"), fl("0.2"), false, Ok(fl("0.3"))),
        (Add, int(1), fl("0.5"), false, Ok(fl("1.5"))),
        (Sub, fl("0.5"), int(1), false, Ok(fl("-0.5"))),
        (And, int(6), int(3), true, Ok(int(2))),
        (Or, int(6), int(3), true, Ok(int(7))),
        (Xor, int(6), int(3), true, Ok(int(5))),
        (AndNot, int(6), int(3), true, Ok(int(4))),
        (AndNot, int(-1), int(1), true, Ok(int(-2))),
        (And, int(-8), int(0xff), true, Ok(int(0xf8))),
        (Or, int(-8), int(1), true, Ok(int(-7))),
        (Xor, int(-1), int(5), true, Ok(int(-6))),
        (Add, st(b"ab"), st(b"c\xff"), false, Ok(st(b"abc\xff"))),
        (Sub, st(b"ab"), st(b"c"), false, Err(Invalid)),
        (LAnd, t.clone(), f.clone(), false, Ok(f.clone())),
        (LOr, t.clone(), f.clone(), false, Ok(t.clone())),
        (LAnd, t.clone(), t.clone(), false, Ok(t.clone())),
        (LOr, f.clone(), f.clone(), false, Ok(f.clone())),
        (Add, t.clone(), int(1), false, Err(Invalid)),
        (Rem, fl("7.5"), fl("2"), false, Err(Invalid)),
        (And, fl("7"), int(2), false, Err(Invalid)),
        (Lt, int(1), int(2), false, Ok(t.clone())),
        (Eq, st(b"a"), int(2), false, Err(Invalid)),
        (Shl, int(1), int(10), false, Ok(int(1024))),
        (Shr, int(-8), fl("1.0"), false, Ok(int(-4))),
        (Shl, int(1), int(-1), false, Err(Invalid)),
        (
            Shl,
            int(1),
            ConstVal::Int(pow2(70)),
            false,
            Err(ShiftTooLarge),
        ),
        // 512-bit limit for integers
        (
            Mul,
            ConstVal::Int(pow2(510)),
            int(2),
            true,
            Ok(ConstVal::Int(pow2(511))),
        ),
        (Mul, ConstVal::Int(pow2(511)), int(2), true, Err(Overflow)),
        (
            Add,
            ConstVal::Int(pow2(511)),
            ConstVal::Int(pow2(511)),
            true,
            Err(Overflow),
        ),
        (
            Sub,
            ConstVal::Int(-pow2(511)),
            ConstVal::Int(pow2(511)),
            true,
            Err(Overflow),
        ),
        (
            Add,
            ConstVal::Int(pow2(512) - 1),
            int(0),
            true,
            Ok(ConstVal::Int(pow2(512) - 1)),
        ),
        // bounded float magnitudes
        (
            Mul,
            fl("1e646456992"),
            fl("10"),
            false,
            Err(NotRepresentable),
        ),
        (
            Div,
            fl("1e646456992"),
            fl("1e-9000"),
            false,
            Err(NotRepresentable),
        ),
        (
            Div,
            fl("1e646456992"),
            fl("1e646456991"),
            false,
            Ok(bigc(10)),
        ),
        (
            Sub,
            fl("1e646456992"),
            fl("1e646456992"),
            false,
            Ok(bigc(0)),
        ),
        (
            Div,
            fl("1e-646456992"),
            fl("1e-646456992"),
            false,
            Ok(bigc(1)),
        ),
        (Add, fl("1e-646456992"), int(1), false, Ok(bigc(1))),
        (Mul, fl("1e300"), fl("1e300"), false, Ok(fl("1e600"))),
        (Mul, fl("1e-646456992"), fl("1e-9000"), false, Ok(bigc(0))),
    ];
    for (i, (op, x, y, int_div, want)) in rows.iter().enumerate() {
        let got = binary(*op, x, y, *int_div);
        assert_eq!(&got, want, "row {i}: {x:?} {} {y:?}", op.as_str());
    }
}

#[test]
fn exact_float_division() {
    // const x = 1.0 / 3; x * 3 == 1 with untyped float constants.
    let third = binary(BinOp::Div, &fl("1.0"), &fl("3"), false).unwrap();
    let one = binary(BinOp::Mul, &third, &int(3), false).unwrap();
    assert!(compare(BinOp::Eq, &one, &int(1)));
    assert_eq!(one, fl("1"));
    // But as float64 each step rounds: float64(1)/3*3 is still 1 in IEEE;
    // 0.1+0.2 is not 0.3 once rounded to float64.
    let a = fl("0.1").represent(K::Float64, &A64).unwrap();
    let b = fl("0.2").represent(K::Float64, &A64).unwrap();
    let sum = binary(BinOp::Add, &a, &b, false)
        .unwrap()
        .represent(K::Float64, &A64)
        .unwrap();
    assert_eq!(sum, f64c(0.1 + 0.2));
    assert!(compare(BinOp::Ne, &sum, &fl("0.3")));
}

#[test]
fn compare_table() {
    use BinOp::*;
    let t = ConstVal::Bool(true);
    let f = ConstVal::Bool(false);
    let rows: Vec<(BinOp, ConstVal, ConstVal, bool)> = vec![
        (Lt, int(1), int(2), true),
        (Le, int(2), int(2), true),
        (Gt, int(1), int(2), false),
        (Ge, int(-1), int(-2), true),
        (Eq, int(1), fl("1.0"), true),
        (Ne, int(1), fl("1.0"), false),
        (Lt, fl("0.5"), int(1), true),
        (Gt, frac(1, 3), fl("0.3333333333333333"), true),
        (Eq, st(b"a"), st(b"a"), true),
        (Lt, st(b"a"), st(b"b"), true),
        (Gt, st(b"ab"), st(b"a"), true),
        (Lt, st(b""), st(b"a"), true),
        (Gt, st(b"\xff"), st(b"a"), true),
        (Lt, st("é".as_bytes()), st(b"\xff"), true),
        (Eq, t.clone(), t.clone(), true),
        (Ne, t.clone(), f.clone(), true),
        (Eq, t.clone(), f.clone(), false),
        (Lt, f.clone(), t.clone(), false),
        (Eq, t.clone(), int(1), false),
        (Eq, st(b"1"), int(1), false),
    ];
    for (i, (op, x, y, want)) in rows.iter().enumerate() {
        assert_eq!(
            compare(*op, x, y),
            *want,
            "row {i}: {x:?} {} {y:?}",
            op.as_str()
        );
    }
}

#[test]
fn unary_table() {
    use ConstError::*;
    use UnOp::*;
    let rows: Vec<UnRow> = vec![
        (Xor, int(1), K::Uint8, A64, Ok(int(254))),
        (Xor, int(0), K::Uint16, A64, Ok(int(65535))),
        (Xor, int(0), K::Uint, X86, Ok(int(4294967295))),
        (Xor, int(0), K::Uint, A64, Ok(ConstVal::Int(pow2(64) - 1))),
        (Xor, int(0), K::Uintptr, X86, Ok(int(4294967295))),
        (Xor, int(1), K::Int8, A64, Ok(int(-2))),
        (Xor, int(1), K::UntypedInt, A64, Ok(int(-2))),
        (Xor, int(-1), K::Int, A64, Ok(int(0))),
        (Xor, int(97), K::UntypedRune, A64, Ok(int(-98))),
        (
            Xor,
            ConstVal::Int(pow2(512) - 1),
            K::UntypedInt,
            A64,
            Err(Overflow),
        ),
        (Xor, fl("1.5"), K::UntypedFloat, A64, Err(Invalid)),
        (Neg, int(5), K::UntypedInt, A64, Ok(int(-5))),
        (Neg, int(-128), K::Int8, A64, Ok(int(128))),
        (Neg, fl("1.5"), K::UntypedFloat, A64, Ok(fl("-1.5"))),
        (Neg, fl("0"), K::Float64, A64, Ok(fl("0"))),
        (Pos, int(5), K::Int, A64, Ok(int(5))),
        (Pos, fl("2.5"), K::Float32, A64, Ok(fl("2.5"))),
        (
            Not,
            ConstVal::Bool(true),
            K::UntypedBool,
            A64,
            Ok(ConstVal::Bool(false)),
        ),
        (
            Not,
            ConstVal::Bool(false),
            K::Bool,
            A64,
            Ok(ConstVal::Bool(true)),
        ),
        (Not, int(1), K::Int, A64, Err(Invalid)),
        (Neg, st(b"a"), K::String, A64, Err(Invalid)),
        (Addr, int(1), K::Int, A64, Err(Invalid)),
    ];
    for (i, (op, x, kind, target, want)) in rows.iter().enumerate() {
        let got = unary(*op, x, *kind, target);
        assert_eq!(
            &got,
            want,
            "row {i}: {}{x:?} ({})",
            op.as_str(),
            kind.name()
        );
    }
}

#[test]
fn shift_table() {
    use ConstError::*;
    let rows: Vec<ShiftRow> = vec![
        (int(1), true, 62, Ok(int(1 << 62))),
        (int(1), true, 64, Ok(ConstVal::Int(pow2(64)))),
        (int(-8), false, 1, Ok(int(-4))),
        (int(-7), false, 1, Ok(int(-4))),
        (int(7), false, 1, Ok(int(3))),
        (int(-1), false, 100, Ok(int(-1))),
        (int(5), false, 10_000, Ok(int(0))),
        (int(1), true, 100_000, Err(ShiftTooLarge)),
        (int(0), true, 100_000, Err(ShiftTooLarge)),
        (int(1), true, 10_001, Err(ShiftTooLarge)),
        (int(0), true, 10_000, Ok(int(0))),
        (int(1), true, 511, Ok(ConstVal::Int(pow2(511)))),
        (int(1), true, 512, Err(Overflow)),
        (int(-1), true, 511, Ok(ConstVal::Int(-pow2(511)))),
        (int(1), true, 10_000, Err(Overflow)),
        (fl("2.0"), true, 3, Ok(int(16))),
        (fl("1e3"), false, 1, Ok(int(500))),
        (fl("1.5"), true, 1, Err(NotInteger)),
        (fl("1.5"), false, 1, Err(NotInteger)),
        (st(b"a"), true, 1, Err(Invalid)),
        (ConstVal::Bool(true), false, 1, Err(Invalid)),
    ];
    for (i, (x, left, n, want)) in rows.iter().enumerate() {
        let got = shift(x, *left, *n);
        assert_eq!(
            &got,
            want,
            "row {i}: {x:?} {} {n}",
            if *left { "<<" } else { ">>" }
        );
    }
}

#[test]
fn display_table() {
    let a70 = format!("\"{}\"", "a".repeat(70));
    let a71 = format!("\"{}...", "a".repeat(68));
    let rows: Vec<(ConstVal, &str)> = vec![
        (int(256), "256"),
        (int(-1), "-1"),
        (int(0), "0"),
        (ConstVal::Int(pow2(64)), "18446744073709551616"),
        (fl("1.5"), "1.5"),
        (fl("0.1"), "0.1"),
        (fl("-0.1"), "-0.1"),
        (fl("1e100"), "1e+100"),
        (fl("3.14159265358979323846"), "3.14159"),
        (fl("2.0"), "2"),
        (fl("0"), "0"),
        (fl("100"), "100"),
        (fl("123456"), "123456"),
        (fl("1234567"), "1.23457e+06"),
        (fl("1e6"), "1e+06"),
        (fl("0.0001"), "0.0001"),
        (fl("0.00001"), "1e-05"),
        (fl("1e-7"), "1e-07"),
        (fl("1.0000001"), "1.0000001"),
        (fl("100000.5"), "100000.5"),
        (fl("123456.5"), "123456.5"),
        (fl("1234565"), "1.23456e+06"),
        (frac(1, 3), "0.333333"),
        (frac(2, 3), "0.666667"),
        (fl("1e400"), "1e+400"),
        (fl("-1e400"), "-1e+400"),
        (fl("2.5e400"), "2.5e+400"),
        (fl("1e-400"), "1e-400"),
        (fl("1.7976931348623157e308"), "1.79769e+308"),
        (fl("5e-324"), "4.94066e-324"),
        (ConstVal::Bool(true), "true"),
        (ConstVal::Bool(false), "false"),
        (st(b"hi"), r#""hi""#),
        (st(b""), r#""""#),
        (st(b"a\nb\t\"\\'"), r#""a\nb\t\"\\'""#),
        (
            st(b"\x07\x08\x0c\r\x0b\x00\x1f\x7f"),
            r#""\a\b\f\r\v\x00\x1f\x7f""#,
        ),
        (st(b"\xff"), r#""\xff""#),
        (st(b"a\xe2\x82z"), r#""a\xe2\x82z""#),
        (st(b"\xed\xa0\x80"), r#""\xed\xa0\x80""#),
        (st("héllo, 世界 😀".as_bytes()), "\"héllo, 世界 😀\""),
        (st("e\u{301}".as_bytes()), "\"e\u{301}\""),
        (
            st("\u{a0}\u{ad}\u{200b}\u{feff}\u{2028}".as_bytes()),
            r#""\u00a0\u00ad\u200b\ufeff\u2028""#,
        ),
        (
            st("\u{e000}\u{10ffff}\u{fffd}".as_bytes()),
            "\"\\ue000\\U0010ffff\u{fffd}\"",
        ),
        (st(&[b'a'; 70]), &a70),
        (st(&[b'a'; 71]), &a71),
    ];
    for (i, (v, want)) in rows.iter().enumerate() {
        assert_eq!(v.to_string(), *want, "row {i}: {v:?}");
    }
}

#[test]
fn messages() {
    use ConstError::*;
    assert_eq!(Overflow.message(BinOp::Add), "constant addition overflow");
    assert_eq!(
        Overflow.message(BinOp::Sub),
        "constant subtraction overflow"
    );
    assert_eq!(
        Overflow.message(BinOp::Mul),
        "constant multiplication overflow"
    );
    assert_eq!(Overflow.message(BinOp::Shl), "constant shift overflow");
    assert_eq!(
        Overflow.message(BinOp::Xor),
        "constant bitwise XOR overflow"
    );
    assert_eq!(
        Overflow.message(UnOp::Xor),
        "constant bitwise complement overflow"
    );
    assert_eq!(Overflow.message(BinOp::Div), "constant overflow");
    assert_eq!(Overflow.message(ConstOp::Other), "constant overflow");
    assert_eq!(DivByZero.message(BinOp::Div), "division by zero");
    assert_eq!(ShiftTooLarge.message(BinOp::Shl), "shift count too large");
    assert_eq!(NotInteger.message(BinOp::Shl), "truncated to integer");
}

#[test]
fn literals_and_conversions() {
    assert_eq!(ConstVal::from_lit(&Lit::Int(7.into())), Some(int(7)));
    assert_eq!(ConstVal::from_lit(&Lit::Rune(97.into())), Some(int(97)));
    assert_eq!(
        ConstVal::from_lit(&Lit::Float(Real::Rat(dec("1.5")))),
        Some(fl("1.5"))
    );
    assert_eq!(
        ConstVal::from_lit(&Lit::String(b"x".to_vec())),
        Some(st(b"x"))
    );
    assert_eq!(
        ConstVal::from_lit(&Lit::Imag(Real::from(BigInt::from(2)))),
        Some(ConstVal::Complex(Real::zero(), Real::from(BigInt::from(2))))
    );
    assert_eq!(ConstVal::from_lit(&Lit::Bad), None);
    // A 600-bit integer literal is accepted as a value but too large (gc: "constant overflow").
    let huge = ConstVal::from_lit(&Lit::Int(pow2(600))).unwrap();
    assert_eq!(huge.check_size(), Err(ConstError::Overflow));
    assert_eq!(int(1).check_size(), Ok(()));
    // 1e10000's binary exponent is past RAT_BITS: a 512-bit float.
    let e10k = fl("1e10000");
    assert!(matches!(e10k, ConstVal::Float(Real::Big(_))));
    assert_eq!(e10k.check_size(), Ok(()));
    assert_eq!(e10k.to_f64(), f64::INFINITY);
    // 1e-10000 is kept, not flushed: 1e-10000 * 1e10000 ≈ 1.
    let tiny = fl("1e-10000");
    assert!(tiny.sign() > 0);
    let prod = binary(BinOp::Mul, &tiny, &e10k, false).unwrap();
    assert_eq!(prod.to_f64(), 1.0);
    assert_eq!(prod.represent(K::Float64, &A64), Ok(fl("1")));

    assert_eq!(fl("2.0").to_int(), Some(int(2)));
    assert_eq!(fl("2.5").to_int(), None);
    assert_eq!(int(2).to_int(), Some(int(2)));
    assert_eq!(st(b"2").to_int(), None);
    assert_eq!(int(2).to_float(), Some(fl("2")));
    assert_eq!(ConstVal::Bool(true).to_float(), None);
    assert_eq!(int(-5).to_i64(), Some(-5));
    assert_eq!(int(-5).to_u64(), None);
    assert_eq!(ConstVal::Int(pow2(64) - 1).to_u64(), Some(u64::MAX));
    assert_eq!(ConstVal::Int(pow2(64)).to_i128(), Some(1i128 << 64));
    assert_eq!(ConstVal::Int(pow2(127)).to_i128(), None);
    assert_eq!(fl("3.0").to_i64(), Some(3));
    assert_eq!(fl("0.1").to_f64(), 0.1);
    assert_eq!(ConstVal::Int(pow2(53) + 1).to_f64(), 9007199254740992.0);
    assert_eq!(fl("-1e400").to_f64(), f64::NEG_INFINITY);
    assert_eq!(fl("1e-400").to_f64(), 0.0);
    assert!(st(b"").to_f64().is_nan());
    assert_eq!(int(65).rune_to_string(), Some(st(b"A")));
    assert_eq!(int(0x4e16).rune_to_string(), Some(st("世".as_bytes())));
    assert_eq!(int(-1).rune_to_string(), Some(st("\u{fffd}".as_bytes())));
    assert_eq!(
        int(0xd800).rune_to_string(),
        Some(st("\u{fffd}".as_bytes()))
    );
    assert_eq!(
        int(0x110000).rune_to_string(),
        Some(st("\u{fffd}".as_bytes()))
    );
    assert_eq!(fl("65").rune_to_string(), None);
    assert_eq!(int(-3).sign(), -1);
    assert_eq!(fl("0").sign(), 0);
    assert!(fl("4").is_integral() && !fl("4.5").is_integral());
}

/// Hostile constants stay cheap: long chains of exact operations keep their
/// fractions bounded, and huge shifts and products fail fast.
#[test]
fn resource_bounds() {
    let start = Instant::now();
    // Denominators of 3^-k grow until RAT_BITS, then are rounded.
    let mut x = fl("1");
    let third = frac(1, 59049); // 3^-10
    for _ in 0..300 {
        x = binary(BinOp::Mul, &x, &third, false).unwrap();
        if let ConstVal::Float(Real::Rat(r)) = &x {
            assert!(r.numer().bits() < RAT_BITS && r.denom().bits() < RAT_BITS);
        }
    }
    // 3^-3000 ≈ 10^-1431: still far above the underflow bound.
    assert!(x.sign() > 0);
    // Mixed sums of unrelated fractions stay bounded too.
    let mut y = fl("0");
    for k in 0..400i64 {
        y = binary(BinOp::Add, &y, &frac(1, 1_000_003 + 2 * k), false).unwrap();
    }
    // Without rounding the denominator would have about 8,000 bits.
    assert!(matches!(y, ConstVal::Float(Real::Big(_))));
    assert!((y.to_f64() - 400.0 / 1_000_403.0).abs() < 1e-9);
    // Repeated squaring leaves the float range (2^(2^31)) rather than growing.
    let mut z = fl("10");
    let mut overflowed = false;
    for _ in 0..40 {
        match binary(BinOp::Mul, &z, &z, false) {
            Ok(v) => z = v,
            Err(e) => {
                assert_eq!(e, ConstError::NotRepresentable);
                assert_eq!(
                    e.message(BinOp::Mul),
                    "constant result is not representable"
                );
                overflowed = true;
                break;
            }
        }
    }
    assert!(overflowed);
    let mut w = int(3);
    let mut overflowed = false;
    for _ in 0..40 {
        match binary(BinOp::Mul, &w, &w, true) {
            Ok(v) => w = v,
            Err(e) => {
                assert_eq!(e.message(BinOp::Mul), "constant multiplication overflow");
                overflowed = true;
                break;
            }
        }
    }
    assert!(overflowed);
    assert_eq!(
        shift(&int(1), true, u64::MAX),
        Err(ConstError::ShiftTooLarge)
    );
    // Display of extreme values is cheap too.
    assert_eq!(z.to_string(), "1e+536870912");
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}
