// Runs before each file of the unit projects. The tests start the CLI (and Node scripts) as processes, some
// thousand of them; Node 20 reads and parses the file NODE_EXTRA_CA_CERTS names (a 220 KB bundle on this machine)
// when each process starts, some 45 ms of CPU apiece. Nothing in these projects opens a TLS connection (the
// client tests, which install from the registry, keep it), so their processes start without it.
delete process.env.NODE_EXTRA_CA_CERTS;
