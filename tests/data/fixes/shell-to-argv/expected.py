import subprocess


def build():
    subprocess.run(["make", "-j4", "all"], check=True)  # build it
    subprocess.check_call(['git', 'fetch', '--prune'])
    # pipes need a shell: left for a human
    subprocess.run("ls | wc -l", shell=True)
    subprocess.Popen(args=["npm", "ci"], cwd="web")
