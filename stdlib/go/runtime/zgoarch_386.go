package runtime

// GOARCH is the running program's architecture target: one of 386, amd64,
// arm64. One file per target (go/build's file-name rule, which the loader
// applies: lang/src/check/load.rs), as Go's internal/goarch does it.
const GOARCH string = "386"
