# ruleid: PY812
def build():
    v0 = 0
    v1 = 1
    v2 = 2
    v3 = 3
    v4 = 4
    v5 = 5
    v6 = 6
    v7 = 7
    v8 = 8
    v9 = 9
    v10 = 10
    v11 = 11
    v12 = 12
    v13 = 13
    v14 = 14
    v15 = 15
    v16 = 16
    v17 = 17
    v18 = 18
    v19 = 19
    v20 = 20
    v21 = 21
    v22 = 22
    v23 = 23
    v24 = 24
    v25 = 25
    v26 = 26
    v27 = 27
    v28 = 28
    v29 = 29
    v30 = 30
    v31 = 31
    v32 = 32
    v33 = 33
    v34 = 34
    v35 = 35
    v36 = 36
    v37 = 37
    v38 = 38
    v39 = 39
    v40 = 40
    v41 = 41
    v42 = 42
    v43 = 43
    v44 = 44
    v45 = 45
    v46 = 46
    v47 = 47
    v48 = 48
    v49 = 49
    v50 = 50
    v51 = 51
    v52 = 52
    v53 = 53
    v54 = 54
    v55 = 55
    v56 = 56
    v57 = 57
    v58 = 58
    v59 = 59
    v60 = 60
    v61 = 61
    v62 = 62
    v63 = 63
    v64 = 64
    v65 = 65
    v66 = 66
    v67 = 67
    v68 = 68
    v69 = 69
    v70 = 70
    v71 = 71
    v72 = 72
    v73 = 73
    v74 = 74
    v75 = 75
    v76 = 76
    v77 = 77
    v78 = 78
    return 0


# ok: PY812
def make():
    v0 = 0
    v1 = 1
    v2 = 2
    v3 = 3
    v4 = 4
    v5 = 5
    v6 = 6
    v7 = 7
    v8 = 8
    v9 = 9
    v10 = 10
    v11 = 11
    v12 = 12
    v13 = 13
    v14 = 14
    v15 = 15
    v16 = 16
    v17 = 17
    v18 = 18
    v19 = 19
    v20 = 20
    v21 = 21
    v22 = 22
    v23 = 23
    v24 = 24
    v25 = 25
    v26 = 26
    v27 = 27
    v28 = 28
    v29 = 29
    v30 = 30
    v31 = 31
    v32 = 32
    v33 = 33
    v34 = 34
    v35 = 35
    v36 = 36
    v37 = 37
    v38 = 38
    v39 = 39
    v40 = 40
    v41 = 41
    v42 = 42
    v43 = 43
    v44 = 44
    v45 = 45
    v46 = 46
    v47 = 47
    v48 = 48
    v49 = 49
    v50 = 50
    v51 = 51
    v52 = 52
    v53 = 53
    v54 = 54
    v55 = 55
    v56 = 56
    v57 = 57
    v58 = 58
    v59 = 59
    v60 = 60
    v61 = 61
    v62 = 62
    v63 = 63
    v64 = 64
    v65 = 65
    v66 = 66
    v67 = 67
    v68 = 68
    v69 = 69
    v70 = 70
    v71 = 71
    v72 = 72
    v73 = 73
    v74 = 74
    v75 = 75
    v76 = 76
    v77 = 77
    return 0


# a docstring is documentation, not size: 95 lines of it and 5 of code
# ok: PY812
def documented(a, b):
    """Add two numbers.

    Line 0 of a long explanation.
    Line 1 of a long explanation.
    Line 2 of a long explanation.
    Line 3 of a long explanation.
    Line 4 of a long explanation.
    Line 5 of a long explanation.
    Line 6 of a long explanation.
    Line 7 of a long explanation.
    Line 8 of a long explanation.
    Line 9 of a long explanation.
    Line 10 of a long explanation.
    Line 11 of a long explanation.
    Line 12 of a long explanation.
    Line 13 of a long explanation.
    Line 14 of a long explanation.
    Line 15 of a long explanation.
    Line 16 of a long explanation.
    Line 17 of a long explanation.
    Line 18 of a long explanation.
    Line 19 of a long explanation.
    Line 20 of a long explanation.
    Line 21 of a long explanation.
    Line 22 of a long explanation.
    Line 23 of a long explanation.
    Line 24 of a long explanation.
    Line 25 of a long explanation.
    Line 26 of a long explanation.
    Line 27 of a long explanation.
    Line 28 of a long explanation.
    Line 29 of a long explanation.
    Line 30 of a long explanation.
    Line 31 of a long explanation.
    Line 32 of a long explanation.
    Line 33 of a long explanation.
    Line 34 of a long explanation.
    Line 35 of a long explanation.
    Line 36 of a long explanation.
    Line 37 of a long explanation.
    Line 38 of a long explanation.
    Line 39 of a long explanation.
    Line 40 of a long explanation.
    Line 41 of a long explanation.
    Line 42 of a long explanation.
    Line 43 of a long explanation.
    Line 44 of a long explanation.
    Line 45 of a long explanation.
    Line 46 of a long explanation.
    Line 47 of a long explanation.
    Line 48 of a long explanation.
    Line 49 of a long explanation.
    Line 50 of a long explanation.
    Line 51 of a long explanation.
    Line 52 of a long explanation.
    Line 53 of a long explanation.
    Line 54 of a long explanation.
    Line 55 of a long explanation.
    Line 56 of a long explanation.
    Line 57 of a long explanation.
    Line 58 of a long explanation.
    Line 59 of a long explanation.
    Line 60 of a long explanation.
    Line 61 of a long explanation.
    Line 62 of a long explanation.
    Line 63 of a long explanation.
    Line 64 of a long explanation.
    Line 65 of a long explanation.
    Line 66 of a long explanation.
    Line 67 of a long explanation.
    Line 68 of a long explanation.
    Line 69 of a long explanation.
    Line 70 of a long explanation.
    Line 71 of a long explanation.
    Line 72 of a long explanation.
    Line 73 of a long explanation.
    Line 74 of a long explanation.
    Line 75 of a long explanation.
    Line 76 of a long explanation.
    Line 77 of a long explanation.
    Line 78 of a long explanation.
    Line 79 of a long explanation.
    Line 80 of a long explanation.
    Line 81 of a long explanation.
    Line 82 of a long explanation.
    Line 83 of a long explanation.
    Line 84 of a long explanation.
    Line 85 of a long explanation.
    Line 86 of a long explanation.
    Line 87 of a long explanation.
    Line 88 of a long explanation.
    Line 89 of a long explanation.
    Line 90 of a long explanation.
    Line 91 of a long explanation.
    """
    total = a + b
    return total


import typing


@typing.overload
# ok: PY812
def convert(value: int) -> int:
    """Convert an int.

    Detail 0.
    Detail 1.
    Detail 2.
    Detail 3.
    Detail 4.
    Detail 5.
    Detail 6.
    Detail 7.
    Detail 8.
    Detail 9.
    Detail 10.
    Detail 11.
    Detail 12.
    Detail 13.
    Detail 14.
    Detail 15.
    Detail 16.
    Detail 17.
    Detail 18.
    Detail 19.
    Detail 20.
    Detail 21.
    Detail 22.
    Detail 23.
    Detail 24.
    Detail 25.
    Detail 26.
    Detail 27.
    Detail 28.
    Detail 29.
    Detail 30.
    Detail 31.
    Detail 32.
    Detail 33.
    Detail 34.
    Detail 35.
    Detail 36.
    Detail 37.
    Detail 38.
    Detail 39.
    Detail 40.
    Detail 41.
    Detail 42.
    Detail 43.
    Detail 44.
    Detail 45.
    Detail 46.
    Detail 47.
    Detail 48.
    Detail 49.
    Detail 50.
    Detail 51.
    Detail 52.
    Detail 53.
    Detail 54.
    Detail 55.
    Detail 56.
    Detail 57.
    Detail 58.
    Detail 59.
    Detail 60.
    Detail 61.
    Detail 62.
    Detail 63.
    Detail 64.
    Detail 65.
    Detail 66.
    Detail 67.
    Detail 68.
    Detail 69.
    Detail 70.
    Detail 71.
    Detail 72.
    Detail 73.
    Detail 74.
    Detail 75.
    Detail 76.
    Detail 77.
    Detail 78.
    Detail 79.
    Detail 80.
    Detail 81.
    Detail 82.
    Detail 83.
    Detail 84.
    """
    ...
