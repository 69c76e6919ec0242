package m

// ruleid: GO814
func scan() int {
  if ok() {
    if ok() {
      if ok() {
        if ok() {
          if ok() {
            if ok() {
              run()
            }
          }
        }
      }
    }
  }
  return 0
}

// ok: GO814
func walk() int {
  if ok() {
    if ok() {
      if ok() {
        if ok() {
          if ok() {
            run()
          }
        }
      }
    }
  }
  return 0
}
