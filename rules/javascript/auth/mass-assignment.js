const User = require("./models/user");
const { PrismaClient } = require("@prisma/client");

const prisma = new PrismaClient();

async function register(req, res) {
  // ruleid: JS475
  const user = new User(req.body);
  await user.save();
  // ok: JS475
  const safe = new User({ username: req.body.username, password: req.body.password });
  // ok: JS475
  const params = new URLSearchParams(req.body);
  // ruleid: JS475
  await User.create(req.body);
  // ok: JS475
  await User.create({ username: req.body.username });
  // ruleid: JS475
  await User.findByIdAndUpdate(req.params.id, req.body);
  // ok: JS475
  await User.findByIdAndUpdate(req.params.id, { bio: req.body.bio });
  // ruleid: JS475
  await prisma.user.create({ data: req.body });
  // ok: JS475
  await prisma.user.create({ data: { email: req.body.email } });
  // ruleid: JS475
  Object.assign(user, req.body);
  // ok: JS475
  const copy = Object.assign({}, req.body);
  res.send([safe, params, copy]);
}
