abstract class Shape {
  abstract area(): number;
}

class Circle {
  // ruleid: JS701
  area(): number {
    throw new Error("Method not implemented.");
  }

  // ok: JS701
  radius(): number {
    return 1;
  }
}
