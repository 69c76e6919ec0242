# ruleid: GEN711
# Here's the updated code with error handling:
def load(path):
    # ruleid: GEN711
    # Certainly! Below is the function you asked for.
    with open(path) as fh:
        return fh.read()


# ruleid: GEN711
# I hope this helps! Let me know if you need anything else.
def answer():
    # ruleid: GEN711
    return "As an AI language model, I cannot do that."


# ok: GEN711
# Here is where the config file gets loaded.
def config():
    # ok: GEN711
    return "Sure, the model answered."
