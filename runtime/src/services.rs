//! Runtime services and natives: what generated code calls through the
//! runtime-call trampoline (DESIGN §6), by number.
//!
//! A call passes its arguments and receives its results like a Go call,
//! in the caller's outgoing-argument area; the trampoline hands its
//! address to [`call`] as `args`, with the number the compiler chose:
//! - [`Service`]: the operations the compiler itself emits (allocation,
//!   `print`, string concatenation, bounds-check panics, ...). The list,
//!   numbers and layouts are the ABI crate's (splitgo-abi), which the IR
//!   and the JIT use too; the runtime never sees the IR.
//! - [`NativeFn`]: Go functions declared without a body in stdlib/
//!   (`os.Exit`, `fmt.Println`, `math.Sqrt`), bound by qualified name
//!   ([`NativeFn::by_name`]) and numbered from [`NATIVE_BASE`].
//!
//! Services run on the system stack and never touch registers: they read
//! and write program memory through [`Mem`], allocate from the [`Heap`]
//! and write through [`Output`]. One that must stop the goroutine (a
//! panic, `os.Exit`, a throw) returns a [`Stop`] for the executor to act on.
//!
//! Layouts below are in target words `w` (8 bytes on amd64).
//!
//! This module holds the dispatch by number and the small services; the
//! natives (natives.rs), the formatting ones (format.rs) and the string
//! conversions (utf8.rs) are its children. What they share with the rest
//! of the runtime are leaf modules that import none of them:
//! [`crate::stop`], [`crate::service_ctx`] (the context),
//! [`crate::value`] (reading Go values) and [`crate::slice`] (slice
//! services and growth).

mod format;
mod natives;
mod utf8;

use crate::hmap::Maps;
use crate::mem::Mem;
use crate::service_ctx::write_string;
use crate::throw::Fatal;
use crate::typedesc::TypeView;
use crate::value::{read_string, read_u64, write_u64};
pub use format::{fmt_native, is_fmt, panic_value};
use natives::native;
pub use natives::{NativeFn, NATIVE_BASE};
pub use splitgo_abi::Service;
// The outcome of every service, defined in a leaf module so that the
// services' helpers (maps, equality, formatting) need not import this one.
pub use crate::stop::Stop;
// The context every service and native gets, in a leaf module too: the
// natives implemented elsewhere (osfs, reflect, regexp) take it.
pub use crate::service_ctx::ServiceCtx;

/// Runs service or native number `id` with its argument area at `args`.
pub fn call<M: Mem + ?Sized>(cx: &mut ServiceCtx<'_, M>, id: u32, args: u64) -> Result<(), Stop> {
    if let Some(s) = Service::from_id(id) {
        return service(cx, s, args);
    }
    if let Some(n) = NativeFn::from_id(id) {
        return native(cx, n, args);
    }
    Err(Stop::Fatal(
        Fatal::new("runtime: unknown runtime call")
            .line(format!("runtime: call of unknown service number {id:#x}")),
    ))
}

fn service<M: Mem + ?Sized>(cx: &mut ServiceCtx<'_, M>, s: Service, args: u64) -> Result<(), Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    match s {
        Service::Panic => {
            let (t, data) = (arg(0), arg(1));
            Err(Stop::Panic(panic_value(m, t, data)))
        }
        Service::PanicBounds => Err(Stop::Panic(crate::bounds::message(
            arg(0),
            arg(1),
            arg(2),
            m.word().0,
        ))),
        Service::PanicDivide => Err(Stop::Panic("runtime error: integer divide by zero".into())),
        Service::PanicShift => Err(Stop::Panic("runtime error: negative shift amount".into())),
        Service::ValuesEqual => match crate::equal::values_equal(m, arg(0), arg(1), arg(2)) {
            Ok(eq) => {
                m.write_word(args + 3 * w, u64::from(eq));
                Ok(())
            }
            Err(msg) => Err(Stop::Panic(format!("runtime error: {msg}"))),
        },
        Service::PrintValue => {
            format::print_value(cx, args);
            Ok(())
        }
        Service::ComplexDiv => {
            let part = |i: u64| f64::from_bits(read_u64(m, args + 8 * i));
            let (e, f) = splitgo_abi::complex128div((part(0), part(1)), (part(2), part(3)));
            write_u64(m, args + 32, e.to_bits());
            write_u64(m, args + 40, f.to_bits());
            Ok(())
        }
        Service::PrintSpace => {
            cx.out.stderr(b" ");
            Ok(())
        }
        Service::PrintNewline => {
            cx.out.stderr(b"\n");
            Ok(())
        }
        Service::New => {
            let (size, word) = (arg(0), arg(1));
            // The compiler's layout words are nearly always inline.
            let p = match splitgo_abi::heaplayout::inline_mask(word) {
                Some(bits) => cx.heap.alloc_masked(size, w, bits)?,
                None => cx
                    .heap
                    .alloc(size, w, &crate::heaplayout::of_word(m, word))?,
            };
            m.write_word(args + 2 * w, p);
            Ok(())
        }
        Service::Concat => {
            let mut a = read_string(m, args);
            a.extend(read_string(m, args + 2 * w));
            write_string(cx, args + 4 * w, &a)
        }
        Service::CompareStrings => {
            // In place: every == of strings comes here.
            let mut r = 0i64;
            crate::bytealg::with_both(m, (arg(0), arg(1)), (arg(2), arg(3)), &mut |a, b| {
                r = a.cmp(b) as i64
            });
            m.write_word(args + 4 * w, r as u64);
            Ok(())
        }
        Service::GrowSlice => crate::slice::grow_slice(m, cx.heap, args),
        Service::UnsafeSlice => crate::unsafe_slice::unsafe_slice(m, args),
        Service::MakeSlice => crate::slice::make_slice(m, cx.heap, args),
        Service::Copy => {
            crate::slice::copy_slice(m, args);
            Ok(())
        }
        Service::IntToString => utf8::int_to_string(cx, args),
        Service::BytesToString | Service::RunesToString => utf8::to_string(cx, s, args),
        Service::StringToBytes | Service::StringToRunes => utf8::from_string(cx, s, args),
        Service::MakeMap => {
            let map = cx.maps.make(m, cx.heap, arg(0), arg(1))?;
            m.write_word(args + 3 * w, map);
            Ok(())
        }
        Service::MapAccess => {
            let (vp, ok) = cx.maps.access(m, cx.heap, arg(0), arg(1))?;
            m.write_word(args + 2 * w, vp);
            m.write_word(args + 3 * w, u64::from(ok));
            Ok(())
        }
        Service::MapAssign => match cx.maps.assign(m, cx.heap, arg(0), arg(1))? {
            Some(vp) => {
                m.write_word(args + 2 * w, vp);
                Ok(())
            }
            None => Err(Stop::Panic("assignment to entry in nil map".into())),
        },
        Service::MapDelete => {
            cx.maps.delete(m, arg(0), arg(1))?;
            Ok(())
        }
        Service::MapClear => {
            cx.maps.clear(m, arg(0));
            Ok(())
        }
        Service::MapNext => {
            let (k, v, next) = cx.maps.next(arg(0), arg(1)).unwrap_or((0, 0, arg(1)));
            m.write_word(args + 2 * w, k);
            m.write_word(args + 3 * w, v);
            m.write_word(args + 4 * w, next);
            Ok(())
        }
        Service::DecodeRune => {
            utf8::decode_rune_at(m, args);
            Ok(())
        }
        Service::PanicAssert => {
            let name = |d: u64| {
                if d == 0 {
                    "nil".to_string()
                } else {
                    TypeView { mem: m, addr: d }.name()
                }
            };
            let (have, want) = (name(arg(0)), name(arg(1)));
            Err(Stop::Panic(splitgo_abi::assert_message(
                &name(arg(2)),
                &have,
                &want,
            )))
        }
        Service::PanicWrap => Err(Stop::Panic(
            String::from_utf8_lossy(&read_string(m, args)).into_owned(),
        )),
        Service::AssertIface => {
            let (ty, iface, static_t, panics) = (arg(0), arg(1), arg(2), arg(3) != 0);
            let itab = if ty == 0 {
                0
            } else {
                cx.itabs.get(m, cx.heap, iface, ty)?
            };
            if itab == 0 && panics {
                let missing = (ty != 0).then(|| crate::itab::missing_method(m, iface, ty));
                return Err(Stop::Panic(crate::itab::assert_message(
                    m,
                    ty,
                    iface,
                    static_t,
                    missing.flatten().as_deref(),
                )));
            }
            m.write_word(args + 4 * w, itab);
            Ok(())
        }
        Service::Defer
        | Service::DeferReturn
        | Service::Recover
        | Service::RecoverOfCaller
        | Service::PanicContinue
        | Service::CallReturn => Err(Stop::Fatal(Fatal::new(
            "runtime: defer service outside the executor",
        ))),
        Service::Go
        | Service::GoExit
        | Service::Preempt
        | Service::MakeChan
        | Service::ChanSend
        | Service::ChanRecv
        | Service::ChanClose
        | Service::Select => Err(Stop::Fatal(Fatal::new(
            "runtime: scheduler service outside the executor",
        ))),
    }
}
