def sync(orders):
    # ruleid: GEN701
    # ... existing code ...
    for order in orders:
        # ruleid: GEN701
        # TODO: implement
        pass
    # ruleid: GEN701
    # Add your validation logic here
    # ruleid: GEN701
    # rest of the code remains the same
    # ok: GEN701
    # TODO: implement caching for large batches once the API supports it
    # ok: GEN701
    # the rest of the orders are handled by the nightly job
    # ruleid: GEN701
    # ... rest of function ...
    # ok: GEN701
    # Skip rest of function if no order is pending.
    # ok: GEN701
    # queue up async reads for the rest of the file
    return True
