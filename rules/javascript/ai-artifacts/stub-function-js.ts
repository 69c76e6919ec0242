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

class BaseParser {
  parse(text: string): string {
    return text;
  }

  formatHints(): string {
    return "";
  }
}

class CsvParser extends BaseParser {
  // ok: JS701
  formatHints(): string {
    throw new Error("formatHints is not implemented for CsvParser: it takes no hints.");
  }

  // ok: JS701
  stream(): never {
    throw new Error("Streaming is not supported by CsvParser.");
  }

  // ruleid: JS701
  parse(text: string): string {
    throw new Error("Method not implemented.");
  }
}

class TsvParser {
  // ruleid: JS701
  formatHints(): string {
    throw new Error("formatHints is not implemented for TsvParser.");
  }
}
