// compile

// A package other than main is a valid library package: `splitgo check`
// accepts it, as `go build` and `go vet` do. `splitgo run` refuses it, as
// `go run` does, with `package command-line-arguments is not a main
// package` and exit status 1, even with a func main (it used to run it):
// tests/cli.rs, a_package_other_than_main_does_not_run.

package notmain

func main() {
	println("not run")
}
