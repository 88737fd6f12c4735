from mmrefs.cli import main

main()
