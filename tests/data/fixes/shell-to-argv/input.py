import subprocess


def build():
    subprocess.run("make -j4 all", shell=True, check=True)  # build it
    subprocess.check_call('git fetch --prune', shell=True)
    # pipes need a shell: left for a human
    subprocess.run("ls | wc -l", shell=True)
    subprocess.Popen(args="npm ci", shell=True, cwd="web")
