// n-body, as the benchmarks game states it: the Sun and the four giant
// planets (positions in AU, velocities in AU per year, masses in solar
// masses), the Sun's momentum set so the system's total is zero, then
// 5 000 000 steps of 0.01 year by symplectic Euler over every pair; the
// energy is printed with %.9f before and after. Float arithmetic over an
// array of structs, one sqrt per pair per step.
package main

import (
	"fmt"
	"math"
)

const (
	steps       = 5000000
	dt          = 0.01
	solarMass   = 4 * math.Pi * math.Pi
	daysPerYear = 365.24
)

type body struct {
	x, y, z, vx, vy, vz, mass float64
}

// planet converts a body given in days and solar masses to the units the
// simulation steps in (years; G = 1 so the Sun's mass is 4π²).
func planet(x, y, z, vx, vy, vz, mass float64) body {
	return body{x, y, z, vx * daysPerYear, vy * daysPerYear, vz * daysPerYear, mass * solarMass}
}

var system = [5]body{
	{0, 0, 0, 0, 0, 0, solarMass},
	planet(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
		1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
		9.54791938424326609e-04),
	planet(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
		-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
		2.85885980666130812e-04),
	planet(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
		2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
		4.36624404335156298e-05),
	planet(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
		2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
		5.15138902046611451e-05),
}

// balance gives the Sun the momentum that cancels the planets'.
func balance(bs *[5]body) {
	var px, py, pz float64
	for i := range bs {
		px += bs[i].vx * bs[i].mass
		py += bs[i].vy * bs[i].mass
		pz += bs[i].vz * bs[i].mass
	}
	bs[0].vx = -px / solarMass
	bs[0].vy = -py / solarMass
	bs[0].vz = -pz / solarMass
}

// energy is the kinetic energy of every body less the potential energy of
// every pair.
func energy(bs *[5]body) float64 {
	e := 0.0
	for i := range bs {
		b := &bs[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bs); j++ {
			o := &bs[j]
			dx, dy, dz := b.x-o.x, b.y-o.y, b.z-o.z
			e -= b.mass * o.mass / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

// advance moves the system on by one step: velocities from every pair's
// attraction, then positions from the new velocities.
func advance(bs *[5]body) {
	for i := range bs {
		b := &bs[i]
		for j := i + 1; j < len(bs); j++ {
			o := &bs[j]
			dx, dy, dz := b.x-o.x, b.y-o.y, b.z-o.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * math.Sqrt(d2))
			b.vx -= dx * o.mass * mag
			b.vy -= dy * o.mass * mag
			b.vz -= dz * o.mass * mag
			o.vx += dx * b.mass * mag
			o.vy += dy * b.mass * mag
			o.vz += dz * b.mass * mag
		}
	}
	for i := range bs {
		b := &bs[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	bs := system
	balance(&bs)
	fmt.Printf("%.9f\n", energy(&bs))
	for s := 0; s < steps; s++ {
		advance(&bs)
	}
	fmt.Printf("%.9f\n", energy(&bs))
}
