// ruleid: JS812
function build() {
  v0();
  v1();
  v2();
  v3();
  v4();
  v5();
  v6();
  v7();
  v8();
  v9();
  v10();
  v11();
  v12();
  v13();
  v14();
  v15();
  v16();
  v17();
  v18();
  v19();
  v20();
  v21();
  v22();
  v23();
  v24();
  v25();
  v26();
  v27();
  v28();
  v29();
  v30();
  v31();
  v32();
  v33();
  v34();
  v35();
  v36();
  v37();
  v38();
  v39();
  v40();
  v41();
  v42();
  v43();
  v44();
  v45();
  v46();
  v47();
  v48();
  v49();
  v50();
  v51();
  v52();
  v53();
  v54();
  v55();
  v56();
  v57();
  v58();
  v59();
  v60();
  v61();
  v62();
  v63();
  v64();
  v65();
  v66();
  v67();
  v68();
  v69();
  v70();
  v71();
  v72();
  v73();
  v74();
  v75();
  v76();
  v77();
  return 0
}

// ok: JS812
function make() {
  v0();
  v1();
  v2();
  v3();
  v4();
  v5();
  v6();
  v7();
  v8();
  v9();
  v10();
  v11();
  v12();
  v13();
  v14();
  v15();
  v16();
  v17();
  v18();
  v19();
  v20();
  v21();
  v22();
  v23();
  v24();
  v25();
  v26();
  v27();
  v28();
  v29();
  v30();
  v31();
  v32();
  v33();
  v34();
  v35();
  v36();
  v37();
  v38();
  v39();
  v40();
  v41();
  v42();
  v43();
  v44();
  v45();
  v46();
  v47();
  v48();
  v49();
  v50();
  v51();
  v52();
  v53();
  v54();
  v55();
  v56();
  v57();
  v58();
  v59();
  v60();
  v61();
  v62();
  v63();
  v64();
  v65();
  v66();
  v67();
  v68();
  v69();
  v70();
  v71();
  v72();
  v73();
  v74();
  v75();
  v76();
  return 0
}

// a test suite's callbacks are blocks of cases, not functions to size
// ok: JS812
describe("a long suite", () => {
  beforeEach(() => {
    setup();
  });
  it("case 0", () => {
    expect(run(0)).toBe(0);
  });
  it("case 1", () => {
    expect(run(1)).toBe(1);
  });
  it("case 2", () => {
    expect(run(2)).toBe(2);
  });
  it("case 3", () => {
    expect(run(3)).toBe(3);
  });
  it("case 4", () => {
    expect(run(4)).toBe(4);
  });
  it("case 5", () => {
    expect(run(5)).toBe(5);
  });
  it("case 6", () => {
    expect(run(6)).toBe(6);
  });
  it("case 7", () => {
    expect(run(7)).toBe(7);
  });
  it("case 8", () => {
    expect(run(8)).toBe(8);
  });
  it("case 9", () => {
    expect(run(9)).toBe(9);
  });
  it("case 10", () => {
    expect(run(10)).toBe(10);
  });
  it("case 11", () => {
    expect(run(11)).toBe(11);
  });
  it("case 12", () => {
    expect(run(12)).toBe(12);
  });
  it("case 13", () => {
    expect(run(13)).toBe(13);
  });
  it("case 14", () => {
    expect(run(14)).toBe(14);
  });
  it("case 15", () => {
    expect(run(15)).toBe(15);
  });
  it("case 16", () => {
    expect(run(16)).toBe(16);
  });
  it("case 17", () => {
    expect(run(17)).toBe(17);
  });
  it("case 18", () => {
    expect(run(18)).toBe(18);
  });
  it("case 19", () => {
    expect(run(19)).toBe(19);
  });
  it("case 20", () => {
    expect(run(20)).toBe(20);
  });
  it("case 21", () => {
    expect(run(21)).toBe(21);
  });
  it("case 22", () => {
    expect(run(22)).toBe(22);
  });
  it("case 23", () => {
    expect(run(23)).toBe(23);
  });
  it("case 24", () => {
    expect(run(24)).toBe(24);
  });
  it("case 25", () => {
    expect(run(25)).toBe(25);
  });
  it("case 26", () => {
    expect(run(26)).toBe(26);
  });
  it("case 27", () => {
    expect(run(27)).toBe(27);
  });
  it("case 28", () => {
    expect(run(28)).toBe(28);
  });
  it("case 29", () => {
    expect(run(29)).toBe(29);
  });
  // a helper defined inside the suite is still a function
  // ruleid: JS812
  function buildFixture() {
    const v0 = 0;
    const v1 = 1;
    const v2 = 2;
    const v3 = 3;
    const v4 = 4;
    const v5 = 5;
    const v6 = 6;
    const v7 = 7;
    const v8 = 8;
    const v9 = 9;
    const v10 = 10;
    const v11 = 11;
    const v12 = 12;
    const v13 = 13;
    const v14 = 14;
    const v15 = 15;
    const v16 = 16;
    const v17 = 17;
    const v18 = 18;
    const v19 = 19;
    const v20 = 20;
    const v21 = 21;
    const v22 = 22;
    const v23 = 23;
    const v24 = 24;
    const v25 = 25;
    const v26 = 26;
    const v27 = 27;
    const v28 = 28;
    const v29 = 29;
    const v30 = 30;
    const v31 = 31;
    const v32 = 32;
    const v33 = 33;
    const v34 = 34;
    const v35 = 35;
    const v36 = 36;
    const v37 = 37;
    const v38 = 38;
    const v39 = 39;
    const v40 = 40;
    const v41 = 41;
    const v42 = 42;
    const v43 = 43;
    const v44 = 44;
    const v45 = 45;
    const v46 = 46;
    const v47 = 47;
    const v48 = 48;
    const v49 = 49;
    const v50 = 50;
    const v51 = 51;
    const v52 = 52;
    const v53 = 53;
    const v54 = 54;
    const v55 = 55;
    const v56 = 56;
    const v57 = 57;
    const v58 = 58;
    const v59 = 59;
    const v60 = 60;
    const v61 = 61;
    const v62 = 62;
    const v63 = 63;
    const v64 = 64;
    const v65 = 65;
    const v66 = 66;
    const v67 = 67;
    const v68 = 68;
    const v69 = 69;
    const v70 = 70;
    const v71 = 71;
    const v72 = 72;
    const v73 = 73;
    const v74 = 74;
    const v75 = 75;
    const v76 = 76;
    const v77 = 77;
    const v78 = 78;
    const v79 = 79;
    const v80 = 80;
    const v81 = 81;
    const v82 = 82;
    const v83 = 83;
    const v84 = 84;
    return v0;
  }
});

// ok: JS812
describe.each([[1], [2]])("table %i", (n) => {
  test(`row ${n} 0`, () => expect(n).toBe(n));
  test(`row ${n} 1`, () => expect(n).toBe(n));
  test(`row ${n} 2`, () => expect(n).toBe(n));
  test(`row ${n} 3`, () => expect(n).toBe(n));
  test(`row ${n} 4`, () => expect(n).toBe(n));
  test(`row ${n} 5`, () => expect(n).toBe(n));
  test(`row ${n} 6`, () => expect(n).toBe(n));
  test(`row ${n} 7`, () => expect(n).toBe(n));
  test(`row ${n} 8`, () => expect(n).toBe(n));
  test(`row ${n} 9`, () => expect(n).toBe(n));
  test(`row ${n} 10`, () => expect(n).toBe(n));
  test(`row ${n} 11`, () => expect(n).toBe(n));
  test(`row ${n} 12`, () => expect(n).toBe(n));
  test(`row ${n} 13`, () => expect(n).toBe(n));
  test(`row ${n} 14`, () => expect(n).toBe(n));
  test(`row ${n} 15`, () => expect(n).toBe(n));
  test(`row ${n} 16`, () => expect(n).toBe(n));
  test(`row ${n} 17`, () => expect(n).toBe(n));
  test(`row ${n} 18`, () => expect(n).toBe(n));
  test(`row ${n} 19`, () => expect(n).toBe(n));
  test(`row ${n} 20`, () => expect(n).toBe(n));
  test(`row ${n} 21`, () => expect(n).toBe(n));
  test(`row ${n} 22`, () => expect(n).toBe(n));
  test(`row ${n} 23`, () => expect(n).toBe(n));
  test(`row ${n} 24`, () => expect(n).toBe(n));
  test(`row ${n} 25`, () => expect(n).toBe(n));
  test(`row ${n} 26`, () => expect(n).toBe(n));
  test(`row ${n} 27`, () => expect(n).toBe(n));
  test(`row ${n} 28`, () => expect(n).toBe(n));
  test(`row ${n} 29`, () => expect(n).toBe(n));
  test(`row ${n} 30`, () => expect(n).toBe(n));
  test(`row ${n} 31`, () => expect(n).toBe(n));
  test(`row ${n} 32`, () => expect(n).toBe(n));
  test(`row ${n} 33`, () => expect(n).toBe(n));
  test(`row ${n} 34`, () => expect(n).toBe(n));
  test(`row ${n} 35`, () => expect(n).toBe(n));
  test(`row ${n} 36`, () => expect(n).toBe(n));
  test(`row ${n} 37`, () => expect(n).toBe(n));
  test(`row ${n} 38`, () => expect(n).toBe(n));
  test(`row ${n} 39`, () => expect(n).toBe(n));
  test(`row ${n} 40`, () => expect(n).toBe(n));
  test(`row ${n} 41`, () => expect(n).toBe(n));
  test(`row ${n} 42`, () => expect(n).toBe(n));
  test(`row ${n} 43`, () => expect(n).toBe(n));
  test(`row ${n} 44`, () => expect(n).toBe(n));
  test(`row ${n} 45`, () => expect(n).toBe(n));
  test(`row ${n} 46`, () => expect(n).toBe(n));
  test(`row ${n} 47`, () => expect(n).toBe(n));
  test(`row ${n} 48`, () => expect(n).toBe(n));
  test(`row ${n} 49`, () => expect(n).toBe(n));
  test(`row ${n} 50`, () => expect(n).toBe(n));
  test(`row ${n} 51`, () => expect(n).toBe(n));
  test(`row ${n} 52`, () => expect(n).toBe(n));
  test(`row ${n} 53`, () => expect(n).toBe(n));
  test(`row ${n} 54`, () => expect(n).toBe(n));
  test(`row ${n} 55`, () => expect(n).toBe(n));
  test(`row ${n} 56`, () => expect(n).toBe(n));
  test(`row ${n} 57`, () => expect(n).toBe(n));
  test(`row ${n} 58`, () => expect(n).toBe(n));
  test(`row ${n} 59`, () => expect(n).toBe(n));
  test(`row ${n} 60`, () => expect(n).toBe(n));
  test(`row ${n} 61`, () => expect(n).toBe(n));
  test(`row ${n} 62`, () => expect(n).toBe(n));
  test(`row ${n} 63`, () => expect(n).toBe(n));
  test(`row ${n} 64`, () => expect(n).toBe(n));
  test(`row ${n} 65`, () => expect(n).toBe(n));
  test(`row ${n} 66`, () => expect(n).toBe(n));
  test(`row ${n} 67`, () => expect(n).toBe(n));
  test(`row ${n} 68`, () => expect(n).toBe(n));
  test(`row ${n} 69`, () => expect(n).toBe(n));
  test(`row ${n} 70`, () => expect(n).toBe(n));
  test(`row ${n} 71`, () => expect(n).toBe(n));
  test(`row ${n} 72`, () => expect(n).toBe(n));
  test(`row ${n} 73`, () => expect(n).toBe(n));
  test(`row ${n} 74`, () => expect(n).toBe(n));
  test(`row ${n} 75`, () => expect(n).toBe(n));
  test(`row ${n} 76`, () => expect(n).toBe(n));
  test(`row ${n} 77`, () => expect(n).toBe(n));
  test(`row ${n} 78`, () => expect(n).toBe(n));
  test(`row ${n} 79`, () => expect(n).toBe(n));
  test(`row ${n} 80`, () => expect(n).toBe(n));
  test(`row ${n} 81`, () => expect(n).toBe(n));
  test(`row ${n} 82`, () => expect(n).toBe(n));
  test(`row ${n} 83`, () => expect(n).toBe(n));
  test(`row ${n} 84`, () => expect(n).toBe(n));
});

// a scope wrapped around a class or a module (bundler output, UMD) is not a function
// ok: JS812
var Client = /* @__PURE__ */ (() => {
  class Client {
    constructor() {
      this.x = 1;
    }
    m0() {
      return 0;
    }
    m1() {
      return 1;
    }
    m2() {
      return 2;
    }
    m3() {
      return 3;
    }
    m4() {
      return 4;
    }
    m5() {
      return 5;
    }
    m6() {
      return 6;
    }
    m7() {
      return 7;
    }
    m8() {
      return 8;
    }
    m9() {
      return 9;
    }
    m10() {
      return 10;
    }
    m11() {
      return 11;
    }
    m12() {
      return 12;
    }
    m13() {
      return 13;
    }
    m14() {
      return 14;
    }
    m15() {
      return 15;
    }
    m16() {
      return 16;
    }
    m17() {
      return 17;
    }
    m18() {
      return 18;
    }
    m19() {
      return 19;
    }
    m20() {
      return 20;
    }
    m21() {
      return 21;
    }
    m22() {
      return 22;
    }
    m23() {
      return 23;
    }
    m24() {
      return 24;
    }
    m25() {
      return 25;
    }
    m26() {
      return 26;
    }
    m27() {
      return 27;
    }
    m28() {
      return 28;
    }
    m29() {
      return 29;
    }
    m30() {
      return 30;
    }
    m31() {
      return 31;
    }
    m32() {
      return 32;
    }
    m33() {
      return 33;
    }
    m34() {
      return 34;
    }
    m35() {
      return 35;
    }
    m36() {
      return 36;
    }
    m37() {
      return 37;
    }
    m38() {
      return 38;
    }
    m39() {
      return 39;
    }
  }
  return Client;
})();
